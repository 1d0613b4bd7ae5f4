/**
 * The popup's state (zustand). It only reads storage; corrections go to the background, the one
 * writer, and come back through storage.onChanged like any other change.
 */
import { create } from 'zustand';
import type { Label } from '@/lib/classifier/types';
import { send } from '@/lib/messages';
import { ownerTimeZone, weekStartFor } from '@/lib/stats/locale';
import { type Summary, summarise } from '@/lib/stats/summary';
import type { StorageArea } from '@/lib/storage/area';
import { readState, type StoredState } from '@/lib/storage/read';

export interface PopupState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  stored?: StoredState;
  summary?: Summary;
  load(area: StorageArea, now?: number): Promise<void>;
  correct(id: string, label: Label): Promise<void>;
}

export const usePopup = create<PopupState>((set) => ({
  status: 'loading',
  async load(area, now = Date.now()) {
    try {
      const stored = await readState(area);
      const summary = summarise(stored.posts, {
        now,
        targetShare: stored.settings.targetShare,
        timeZone: ownerTimeZone(),
        weekStartsOn: weekStartFor(navigator.language),
      });
      set({ status: 'ready', stored, summary, error: undefined });
    } catch (error) {
      set({ status: 'error', error: `Could not read your post log: ${String(error)}` });
    }
  },
  async correct(id, label) {
    const reply = await send({ kind: 'correct-label', id, label });
    if (!reply.ok) set({ error: reply.error });
  },
}));
