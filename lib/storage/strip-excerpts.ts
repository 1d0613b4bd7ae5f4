/** Turning excerpts off removes the text already kept, wherever it is stored. */
import { isArchiveKey } from './archive';
import type { StorageArea } from './area';
import { isHotChunkKey } from './hot';
import { KEYS } from './schema';

/** A stored record (object or archived tuple, valid or damaged) without its excerpt. */
export function withoutExcerpt(r: unknown): unknown {
  if (Array.isArray(r)) {
    if (r.length === 9) return r.slice(0, 8);
    // Version 3's long tuple keeps its slots: the excerpt's becomes null.
    if (r.length === 11) return [...r.slice(0, 8), null, ...r.slice(9)];
    return r;
  }
  if (typeof r === 'object' && r !== null && 'excerpt' in r) {
    const { excerpt: _dropped, ...rest } = r as Record<string, unknown>;
    return rest;
  }
  return r;
}

/** Drop every kept excerpt: hot records (every chunk), archived tuples, and set-aside records that carry one. */
export async function stripExcerpts(area: StorageArea): Promise<void> {
  const all = await area.get(null);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (
      (key === KEYS.posts || key === KEYS.quarantine || isHotChunkKey(key) || isArchiveKey(key)) &&
      Array.isArray(value)
    )
      changes[key] = value.map(withoutExcerpt);
  }
  await area.set(changes);
}
