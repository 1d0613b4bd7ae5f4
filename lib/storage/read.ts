/** Reading the log and settings: tolerant of anything storage holds, used by every page. */
import type { StorageArea } from './area';
import { KEYS, type PostRecord, type Settings } from './schema';
import { isPostRecord, normaliseSettings } from './validate';

export interface StoredState {
  settings: Settings;
  posts: PostRecord[];
  /** Records that failed validation, kept aside so nothing is silently lost. */
  quarantine: unknown[];
}

/** Split raw stored posts into valid records and the rest. */
export function partitionPosts(raw: unknown): { posts: PostRecord[]; invalid: unknown[] } {
  if (!Array.isArray(raw)) return { posts: [], invalid: raw === undefined ? [] : [raw] };
  const posts: PostRecord[] = [];
  const invalid: unknown[] = [];
  for (const item of raw) (isPostRecord(item) ? posts : invalid).push(item);
  return { posts, invalid };
}

export async function readState(area: StorageArea): Promise<StoredState> {
  const raw = await area.get([KEYS.settings, KEYS.posts, KEYS.quarantine]);
  const { posts, invalid } = partitionPosts(raw[KEYS.posts]);
  const kept = Array.isArray(raw[KEYS.quarantine]) ? (raw[KEYS.quarantine] as unknown[]) : [];
  return { settings: normaliseSettings(raw[KEYS.settings]), posts, quarantine: [...kept, ...invalid] };
}
