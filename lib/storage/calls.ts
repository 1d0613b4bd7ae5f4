/**
 * The posts that wait for the owner's call, and what learning needs from recent posts.
 *
 * Learning needs a post's feature values (`learningInput`), not its text, so they are kept here
 * whether or not excerpts are: for a post that waits, until it is answered; for the last few
 * posts, so that correcting one in the popup's recent list also teaches. Bounded both ways: at
 * most MAX_WAITING posts wait (the oldest stops waiting, and keeps counting by its probability)
 * and none waits longer than WAIT_DAYS (it has left the 30-day share by then).
 */
import { DAY_MS, DEFAULT_WINDOW_DAYS } from '../stats/ratio';

/** Feature id → value, as lib/personal's `learningInput` returns it. */
export type FeatureValues = Record<string, number>;

export interface HeldInput {
  id: string;
  publishedAt: number;
  input: FeatureValues;
  /** The owner was asked what this post was and has not answered yet. */
  waiting: boolean;
  /** The chance the ask policy had of asking about it (lib/personal/ask.ts): weighs its answer. */
  chance?: number;
}

/** More than this many questions at once is a chore, not a tap: the oldest ones stop waiting. */
export const MAX_WAITING = 10;
/** A post older than the share's window no longer changes the number the owner watches. */
export const WAIT_DAYS = DEFAULT_WINDOW_DAYS;
/** As many as the popup's recent list shows (RECENT_SHOWN), so every correction there can teach. */
export const KEEP_RECENT_INPUTS = 20;
/** A learning input with more features than this is damaged (the classifier fires far fewer). */
const MAX_FEATURES = 2_000;

const isFeatureValues = (v: unknown): v is FeatureValues =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length <= MAX_FEATURES &&
  Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x));

function isHeldInput(v: unknown): v is HeldInput {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  return (
    typeof h.id === 'string' &&
    typeof h.publishedAt === 'number' &&
    Number.isFinite(h.publishedAt) &&
    typeof h.waiting === 'boolean' &&
    (h.chance === undefined || (typeof h.chance === 'number' && h.chance > 0 && h.chance <= 1)) &&
    isFeatureValues(h.input)
  );
}

/**
 * The stored list, valid entries only. A damaged entry holds no post (the post lives in the log),
 * only what one answer could teach, so dropping it loses nothing the owner logged.
 */
export function readHeld(raw: unknown): HeldInput[] {
  return Array.isArray(raw) ? raw.filter(isHeldInput) : [];
}

/** Is this waiting post still within its time? */
const stillWaits = (h: HeldInput, now: number) => h.waiting && h.publishedAt > now - WAIT_DAYS * DAY_MS;

/** The posts that wait for the owner's call now, newest first. */
export function waitingNow(held: readonly HeldInput[], now: number): HeldInput[] {
  return held.filter((h) => stillWaits(h, now)).sort((a, b) => b.publishedAt - a.publishedAt);
}

/**
 * Apply the bounds: at most MAX_WAITING waiting posts (newest kept), none past WAIT_DAYS, and
 * the inputs of the KEEP_RECENT_INPUTS newest posts that do not wait. Newest first.
 */
export function boundHeld(held: readonly HeldInput[], now: number): HeldInput[] {
  const newestFirst = [...held].sort((a, b) => b.publishedAt - a.publishedAt);
  const waiting = newestFirst.filter((h) => stillWaits(h, now)).slice(0, MAX_WAITING);
  const waits = new Set(waiting.map((h) => h.id));
  const others = newestFirst
    .filter((h) => !waits.has(h.id))
    .slice(0, KEEP_RECENT_INPUTS)
    .map((h) => ({ ...h, waiting: false }));
  return [...waiting, ...others].sort((a, b) => b.publishedAt - a.publishedAt);
}

/** Add a newly published post's input (replacing any with the same id), then bound the list. */
export function holdInput(held: readonly HeldInput[], entry: HeldInput, now: number): HeldInput[] {
  return boundHeld([entry, ...held.filter((h) => h.id !== entry.id)], now);
}

/** Take a post's input out (it was answered or corrected): what it held, and the list without it. */
export function releaseInput(held: readonly HeldInput[], id: string): { released?: HeldInput; rest: HeldInput[] } {
  return { released: held.find((h) => h.id === id), rest: held.filter((h) => h.id !== id) };
}
