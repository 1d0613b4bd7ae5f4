/**
 * The popup's state (zustand). It only reads storage; corrections and answers go to the background, the one
 * writer, and come back through storage.onChanged like any other change.
 */
import { create } from 'zustand';
import type { Label } from '@/lib/classifier/types';
import type { Platform } from '@/lib/domain';
import { send } from '@/lib/messages';
import { ownerLocale, ownerTimeZone, weekStartFor } from '@/lib/stats/locale';
import { DAY_MS } from '@/lib/stats/ratio';
import { type Summary, summarise, WEEKS_SHOWN } from '@/lib/stats/summary';
import type { StorageArea } from '@/lib/storage/area';
import { type RecentState, readRecent } from '@/lib/storage/read';

/** Eight local weeks reach back at most 8 × 7 days, plus a few days of week-start and DST slack. */
const LOOK_BACK_MS = (WEEKS_SHOWN * 7 + 3) * DAY_MS;
export const RECENT_SHOWN = 20;

export type ChartFilter = 'all' | Platform;

export interface PopupState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  stored?: RecentState;
  summary?: Summary;
  /** Which platform the weekly chart shows. */
  chartFilter: ChartFilter;
  load(area: StorageArea, now?: number): Promise<void>;
  correct(post: { id: string; publishedAt: number }, label: Label): Promise<void>;
  /** The owner's answer to a post waiting for their call. */
  answer(post: { id: string; publishedAt: number }, label: Label): Promise<void>;
  setChartFilter(filter: ChartFilter): void;
}

export const usePopup = create<PopupState>((set) => ({
  status: 'loading',
  chartFilter: 'all',
  async load(area, now = Date.now()) {
    try {
      // The bench (scripts/bench/popup.ts) splits our part of opening the popup at these marks.
      performance.mark('post-coach:popup-read-start');
      // Only the months the window and the eight weeks touch (and enough for the recent list).
      const stored = await readRecent(area, now - LOOK_BACK_MS, RECENT_SHOWN, now);
      performance.mark('post-coach:popup-read');
      const summary = summarise(stored.posts, {
        now,
        targetShare: stored.settings.targetShare,
        timeZone: ownerTimeZone(),
        weekStartsOn: weekStartFor(ownerLocale()),
      });
      performance.mark('post-coach:popup-summarised');
      set({ status: 'ready', stored, summary, error: undefined });
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
