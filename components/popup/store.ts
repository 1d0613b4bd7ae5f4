/**
 * The popup's state (zustand). It only reads storage; corrections and answers go to the background, the one
 * writer, and come back through storage.onChanged like any other change.
 */
import { create } from 'zustand';
import type { Label } from '@/lib/classifier/types';
import type { Platform } from '@/lib/domain';
import { send } from '@/lib/messages';
import { ownerLocale, ownerTimeZone, weekStartFor } from '@/lib/stats/locale';
import { DAY_MS, DEFAULT_WINDOW_DAYS } from '@/lib/stats/ratio';
import { type Summary, summarise, WEEKS_SHOWN } from '@/lib/stats/summary';
import type { StorageArea } from '@/lib/storage/area';
import { type RecentState, readRecent } from '@/lib/storage/read';

/** Eight local weeks reach back at most 8 × 7 days, plus a few days of week-start and DST slack. */
const LOOK_BACK_MS = (WEEKS_SHOWN * 7 + 3) * DAY_MS;
/** The share's 30 days, and a day for a clock that was fast. */
const SHARE_LOOK_BACK_MS = (DEFAULT_WINDOW_DAYS + 1) * DAY_MS;
export const RECENT_SHOWN = 20;

export type ChartFilter = 'all' | Platform;

export interface PopupState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  stored?: RecentState;
  summary?: Summary;
  /**
   * Whether `summary` covers the eight weeks: the share is shown from the 30 days alone first,
   * and the weekly summary waits for this.
   */
  weeksRead: boolean;
  /** Which platform the weekly chart shows. */
  chartFilter: ChartFilter;
  load(area: StorageArea, now?: number): Promise<void>;
  correct(post: { id: string; publishedAt: number }, label: Label): Promise<void>;
  /** The owner's answer to a post waiting for their call. */
  answer(post: { id: string; publishedAt: number }, label: Label): Promise<void>;
  setChartFilter(filter: ChartFilter): void;
}

export const usePopup = create<PopupState>((set, get) => ({
  status: 'loading',
  weeksRead: false,
  chartFilter: 'all',
  async load(area, now = Date.now()) {
    const timeZone = ownerTimeZone();
    const weekStartsOn = weekStartFor(ownerLocale());
    const summariseRead = (read: RecentState) =>
      summarise(read.posts, { now, targetShare: read.settings.targetShare, timeZone, weekStartsOn });
    try {
      // Opening: the share first, from the months its 30 days touch (and enough for the recent
      // list); the eight weeks' months are about twice as much to read, and only the chart needs
      // them. Once the weeks are on screen, a reload reads them at once, so the chart never blinks.
      if (!get().weeksRead) {
        // The bench (scripts/bench/popup.ts) splits our part of opening the popup at these marks.
        performance.mark('post-coach:popup-read-start');
        const recent = await readRecent(area, now - SHARE_LOOK_BACK_MS, RECENT_SHOWN, now);
        performance.mark('post-coach:popup-read');
        const share = summariseRead(recent);
        performance.mark('post-coach:popup-summarised');
        set({ status: 'ready', stored: recent, summary: share, weeksRead: false, error: undefined });
      }
      const stored = await readRecent(area, now - LOOK_BACK_MS, RECENT_SHOWN, now);
      set({ status: 'ready', stored, summary: summariseRead(stored), weeksRead: true, error: undefined });
    } catch (error) {
      set({ status: 'error', error: `Could not read your post log: ${String(error)}` });
    }
  },
  async correct({ id, publishedAt }, label) {
    const reply = await send({ kind: 'correct-label', id, label, publishedAt });
    if (!reply.ok) set({ error: `That correction was not saved: ${reply.error}` });
  },
  async answer({ id, publishedAt }, label) {
    const reply = await send({ kind: 'answer-call', id, label, publishedAt });
    if (!reply.ok) set({ error: `That answer was not saved: ${reply.error}` });
  },
  setChartFilter(chartFilter) {
    set({ chartFilter });
  },
}));
