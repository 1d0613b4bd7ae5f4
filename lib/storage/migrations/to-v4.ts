/**
 * Migration 3 → 4, frozen: this month's posts (`posts`, one array however long) are split into
 * chunks of at most 250 stored records, in stored order: full ones sealed under `posts:1`,
 * `posts:2`, …, the rest left open under `posts`, and an index `hotChunks` of the sealed ones.
 * A publish then writes one or two chunks, not the whole month.
 *
 * Records are moved exactly as stored, damaged ones included (the writer sets those aside when it
 * next rewrites their chunk, and every reader shows them as set aside meanwhile): nothing is
 * validated here, so nothing can be lost here. Everything it uses is defined in this file, so a
 * later change to live storage code cannot change this step. Do not import live code here.
 */
type StoredData = Record<string, unknown>;

const POSTS = 'posts';
const INDEX = 'hotChunks';
const CHUNK = 250;
const chunkKey = (n: number) => `${POSTS}:${n}`;
const chunkNumber = (key: string) => (/^posts:\d+$/.test(key) ? Number(key.slice(POSTS.length + 1)) : undefined);

function describe(n: number, value: unknown) {
  const items = Array.isArray(value) ? value : [value];
  const times = items
    .map((r) => (typeof r === 'object' && r !== null ? (r as { publishedAt?: unknown }).publishedAt : undefined))
    .filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  return {
    n,
    count: items.length,
    from: times.length > 0 ? Math.min(...times) : 0,
    to: times.length > 0 ? Math.max(...times) : 0,
  };
}

export function toVersion4(data: StoredData): StoredData {
  const next: StoredData = { ...data };
  // Run again over data already chunked (a damaged version number): new chunks go after the
  // ones there, never over them, and the index is rebuilt from the keys themselves.
  let n = Math.max(0, ...Object.keys(data).map((k) => chunkNumber(k) ?? 0));
  const raw = data[POSTS];
  if (Array.isArray(raw)) {
    let rest = raw;
    while (rest.length > CHUNK) {
      n += 1;
      next[chunkKey(n)] = rest.slice(0, CHUNK);
      rest = rest.slice(CHUNK);
    }
    next[POSTS] = rest;
  }
  const numbers = Object.keys(next)
    .map((k) => chunkNumber(k))
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  next[INDEX] = numbers.map((c) => describe(c, next[chunkKey(c)]));
  return next;
}
