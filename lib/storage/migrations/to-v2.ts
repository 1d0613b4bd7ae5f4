/**
 * Migration 1 → 2, frozen: one `posts` array of objects becomes this UTC month's posts (still
 * objects, under `posts`) plus one compact archive key per older UTC month and an index of them.
 *
 * Everything it reads and writes is defined here, copied from the live storage code as it stood at
 * version 3, so a later change to the live validator, tuple format or key names can never change
 * what this step does to a version-1 log. Do not import live storage code into this file.
 */
type StoredData = Record<string, unknown>;

const POSTS = 'posts';
const QUARANTINE = 'quarantine';
const ARCHIVE = 'archive';
const ARCHIVE_PREFIX = 'archive:';

const PLATFORMS = ['x', 'linkedin', 'facebook'] as const;
const COMPOSERS = ['post', 'reply', 'comment'] as const;
const LABELS = ['salesy', 'conversational', 'helpful'] as const;
const CALLS = [undefined, 'pending', 'answered'] as const;
const NO_CORRECTION = -1;
const MAX_INSTANT = 8.64e15;

interface Post {
  id: string;
  publishedAt: number;
  platform: string;
  composer: string;
  label: string;
  confidence: number;
  correctedLabel?: string;
  chars: number;
  excerpt?: string;
  scores?: Record<string, number>;
  call?: string;
}

const isIn = (list: readonly unknown[], v: unknown) => list.includes(v);

function isScores(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  return (
    Object.keys(s).length === LABELS.length &&
    LABELS.every((l) => typeof s[l] === 'number' && (s[l] as number) >= 0 && (s[l] as number) <= 1)
  );
}

/** The post-record check of version 3 (lib/storage/validate.ts then). */
function isPost(v: unknown): v is Post {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    r.id.length > 0 &&
    typeof r.publishedAt === 'number' &&
    Number.isFinite(r.publishedAt) &&
    Math.abs(r.publishedAt) <= MAX_INSTANT &&
    isIn(PLATFORMS, r.platform) &&
    isIn(COMPOSERS, r.composer) &&
    isIn(LABELS, r.label) &&
    typeof r.confidence === 'number' &&
    r.confidence >= 0 &&
    r.confidence <= 1 &&
    (r.correctedLabel === undefined || isIn(LABELS, r.correctedLabel)) &&
    typeof r.chars === 'number' &&
    (r.excerpt === undefined || typeof r.excerpt === 'string') &&
    (r.scores === undefined || isScores(r.scores)) &&
    (r.call === undefined || r.call === 'pending' || r.call === 'answered')
  );
}

/** The archive tuple of version 3 (lib/storage/compact.ts then). */
function pack(p: Post): unknown[] {
  const head = [
    p.id,
    p.publishedAt,
    PLATFORMS.indexOf(p.platform as never),
    COMPOSERS.indexOf(p.composer as never),
    LABELS.indexOf(p.label as never),
    p.confidence,
    p.chars,
    p.correctedLabel === undefined ? NO_CORRECTION : LABELS.indexOf(p.correctedLabel as never),
  ];
  if (p.scores !== undefined || p.call !== undefined) {
    const scores = p.scores ? LABELS.map((l) => p.scores?.[l] ?? 0) : null;
    return [...head, p.excerpt ?? null, scores, CALLS.indexOf(p.call as never)];
  }
  return p.excerpt === undefined ? head : [...head, p.excerpt];
}

function unpack(value: unknown): Post | undefined {
  if (!Array.isArray(value) || value.length < 8 || value.length > 11 || value.length === 10) return undefined;
  const [id, publishedAt, platform, composer, label, confidence, chars, corrected, excerpt, scores, call] =
    value as unknown[];
  const long = value.length === 11;
  const threeScores = (s: unknown) =>
    Array.isArray(s) && s.length === 3 ? Object.fromEntries(LABELS.map((l, i) => [l, s[i]])) : 'damaged';
  const record = {
    id,
    publishedAt,
    platform: PLATFORMS[platform as number],
    composer: COMPOSERS[composer as number],
    label: LABELS[label as number],
    confidence,
    chars,
    ...(corrected === NO_CORRECTION ? {} : { correctedLabel: LABELS[corrected as number] ?? 'damaged' }),
    ...(value.length === 9 || (long && excerpt !== null) ? { excerpt } : {}),
    ...(long && scores !== null ? { scores: threeScores(scores) } : {}),
    ...(long && call !== 0 ? { call: CALLS[call as number] ?? 'damaged' } : {}),
  };
  return isPost(record) ? record : undefined;
}

function partition<T>(raw: unknown, read: (item: unknown) => T | undefined): { posts: T[]; invalid: unknown[] } {
  if (!Array.isArray(raw)) return { posts: [], invalid: raw === undefined ? [] : [raw] };
  const posts: T[] = [];
  const invalid: unknown[] = [];
  for (const item of raw) {
    const post = read(item);
    if (post) posts.push(post);
    else invalid.push(item);
  }
  return { posts, invalid };
}

function monthOf(instant: number): string {
  const d = new Date(instant);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function startOfMonth(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export function toVersion2(data: StoredData, now: number): StoredData {
  const { posts, invalid } = partition(data[POSTS], (item) => (isPost(item) ? item : undefined));
  const boundary = startOfMonth(now);
  const stored = data[QUARANTINE];
  const kept = Array.isArray(stored) ? stored : stored === undefined ? [] : [stored];
  const damaged = [...kept, ...invalid];
  const next: StoredData = {
    ...data,
    [POSTS]: posts.filter((p) => p.publishedAt >= boundary),
    [QUARANTINE]: damaged,
  };
  // Run again over data already in this layout (a damaged version number), it must merge with
  // the months already archived, never replace them.
  const months = new Map<string, Post[]>();
  for (const post of posts.filter((p) => p.publishedAt < boundary)) {
    const month = monthOf(post.publishedAt);
    months.set(month, [...(months.get(month) ?? []), post]);
  }
  for (const key of Object.keys(data).filter((k) => k.startsWith(ARCHIVE_PREFIX))) {
    const month = key.slice(ARCHIVE_PREFIX.length);
    if (!months.has(month)) months.set(month, []);
  }
  const index: Record<string, number> = {};
  for (const [month, group] of months) {
    const existing = partition(data[ARCHIVE_PREFIX + month], unpack);
    damaged.push(...existing.invalid);
    const merged = new Map([...existing.posts, ...group].map((p) => [p.id, p]));
    next[ARCHIVE_PREFIX + month] = [...merged.values()].sort((a, b) => a.publishedAt - b.publishedAt).map(pack);
    index[month] = merged.size;
  }
  next[ARCHIVE] = index;
  return next;
}
