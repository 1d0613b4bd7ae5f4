/**
 * What the options page shows of the personal model, read without lib/personal (which brings the
 * whole shipped model into the page): how many answers it learned from, and the notice the
 * background kept when an update reset or re-keyed it (see the writer's migrate()).
 */
import type { StorageArea } from './area';
import { KEYS } from './schema';

export interface LearnedView {
  answers: number;
  notice?: string;
}

export async function readLearned(area: StorageArea): Promise<LearnedView> {
  const raw = await area.get([KEYS.personal, KEYS.personalNotice]);
  const history = (raw[KEYS.personal] as { history?: { answered?: unknown } } | undefined)?.history;
  const answered = history?.answered;
  const notice = raw[KEYS.personalNotice];
  return {
    answers: typeof answered === 'number' && Number.isFinite(answered) && answered > 0 ? Math.floor(answered) : 0,
    ...(typeof notice === 'string' && notice !== '' ? { notice } : {}),
  };
}
