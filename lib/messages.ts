/**
 * The one typed protocol between the content script, the background and the extension pages.
 * Every request is a member of a union discriminated on `kind`; its reply type sits beside it in
 * `Replies`, so a missing handler or a wrong reply is a compile error (see lib/background/handlers.ts).
 */
import type { Classification, Label } from './classifier/types';
import type { Nudge } from './coach/types';
import type { Platform } from './domain';
import type { NewPost, PostRecord, Settings } from './storage/schema';

// The vocabulary lives in ./domain.ts; re-exported for the many modules that speak the protocol.
export type { ComposerKind, Platform } from './domain';

export type Request =
  /** Classify a live draft and pick one nudge for it. */
  | { kind: 'classify'; text: string; platform: Platform }
  /**
   * A post was published: log it once (the background is the only writer). `id` is its outbox id
   * (lib/storage/outbox.ts) when the page stored it there first; the record keeps that id.
   */
  | { kind: 'log-publish'; post: NewPost; id?: string }
  /**
   * The owner corrected a logged post's label from the popup. `publishedAt` (optional) lets the
   * background go straight to the archive month that holds the post.
   */
  | { kind: 'correct-label'; id: string; label: Label; publishedAt?: number }
  /**
   * The owner's answer to a post waiting for their call (the popup's one-tap buttons): it counts
   * as they said, stops waiting, and teaches the personal model.
   */
  | { kind: 'answer-call'; id: string; label: Label; publishedAt?: number }
  /** "Teach it your voice": posts the owner pasted and marked. Learned from; never logged or counted. */
  | { kind: 'teach'; posts: TaughtPost[] }
  /** "Forget what Post Coach learned": the personal model (and its ask history) starts afresh. */
  | { kind: 'forget-learning' }
  | { kind: 'update-settings'; patch: Partial<Settings> }
  /**
   * One batch of an import: the options page reads and checks the file, then sends it in batches
   * well under the runtime's 64 MiB message limit (lib/storage/import-run.ts). Checked again here;
   * posts already in the log are skipped, set-aside records already aside are not doubled.
   */
  | { kind: 'import-batch'; posts: PostRecord[]; setAside: unknown[] }
  /** What Post Coach learned, from an export's `extra.personal`; checked with normalisePersonal. */
  | { kind: 'import-learned'; personal: unknown }
  | { kind: 'clear-log' }
  /** Whether the background started well: a failed migration answers with what the owner should know. */
  | { kind: 'status' };

/** "Teach it your voice" takes a few recent posts: more than this in one request is not a few. */
export const MAX_TAUGHT_POSTS = 50;

export interface TaughtPost {
  text: string;
  label: Label;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ClassifyReply {
  result: Classification;
  nudge: Nudge;
}

export interface ImportSummary {
  added: number;
  skipped: number;
  /** Damaged records from the file kept aside (not counted, kept for the next export). */
  setAside: number;
  /**
   * What became of the learned data the file carried: taken (this browser had learned nothing),
   * kept (this browser's own was kept), or unreadable. Absent when the file carried none.
   */
  learned?: 'imported' | 'kept' | 'unreadable';
}

export interface Replies {
  classify: Result<ClassifyReply>;
  'log-publish': Result<PostRecord>;
  'correct-label': Result<PostRecord>;
  'answer-call': Result<PostRecord>;
  /** How many of the posts were learned from (empty ones are skipped). */
  teach: Result<{ learned: number }>;
  /** How many answers the forgotten model had learned from. */
  'forget-learning': Result<{ answers: number }>;
  'update-settings': Result<Settings>;
  'import-batch': Result<ImportSummary>;
  'import-learned': Result<{ learned: ImportSummary['learned'] }>;
  'clear-log': Result<{ removed: number }>;
  status: Result<{ ready: true }>;
}

export type RequestOf<K extends Request['kind']> = Extract<Request, { kind: K }>;
export type Handlers = { [K in Request['kind']]: (req: RequestOf<K>) => Promise<Replies[K]> };

/**
 * Every request kind, once. Typed as a record over the union, so a kind added to `Request` but
 * not here fails to compile instead of being dropped at run time by isRequest (and one here but
 * not in `Request` fails too).
 */
const REQUEST_KINDS: Readonly<Record<Request['kind'], true>> = {
  classify: true,
  'log-publish': true,
  'correct-label': true,
  'answer-call': true,
  teach: true,
  'forget-learning': true,
  'update-settings': true,
  'import-batch': true,
  'import-learned': true,
  'clear-log': true,
  status: true,
};

/** Narrow an unknown runtime message to a Request (messages can come from anywhere). */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' && Object.hasOwn(REQUEST_KINDS, kind);
}

/** Send a typed request to the background and get its typed reply. */
export async function send<K extends Request['kind']>(
  req: RequestOf<K>,
  runtime: { sendMessage(message: unknown): Promise<unknown> } = browser.runtime,
): Promise<Replies[K]> {
  try {
    const reply = (await runtime.sendMessage(req)) as Replies[K] | undefined;
    return reply ?? ({ ok: false, error: 'Post Coach did not answer. Reload the page?' } as Replies[K]);
  } catch (error) {
    // The extension was reloaded or updated under this page: say so instead of throwing into it.
    return { ok: false, error: `Post Coach is unavailable: ${String(error)}` } as Replies[K];
  }
}

/**
 * A port opened under this name only starts a stopped background, which then logs whatever waits
 * in the outbox (lib/background/outbox.ts): the popup opens one, so a post stranded by a stopped
 * worker is counted when the owner looks.
 */
export const WAKE_PORT = 'post-coach-wake';

export function wakeBackground(runtime: { connect(info: { name: string }): unknown } = browser.runtime): void {
  try {
    runtime.connect({ name: WAKE_PORT });
  } catch {
    // The extension is being reloaded: the new background drains on its own start.
  }
}
