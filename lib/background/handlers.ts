/**
 * The background's answers to every request (see lib/messages.ts). Kept apart from the
 * entrypoint so tests can run them against a fake storage area and a fixed clock.
 */
import { chooseNudge } from '../coach/nudge';
import { type Handlers, MAX_TAUGHT_POSTS } from '../messages';
import { classifyPersonal } from '../personal';
import type { StorageArea } from '../storage/area';
import { boundPost, jsonChars, MAX_ASIDE_JSON_CHARS } from '../storage/import-bounds';
import { readSettings } from '../storage/read';
import type { PostRecord } from '../storage/schema';
import { isLabel } from '../storage/validate';
import { createWriter, withoutExcerpt } from '../storage/writer';
import {
  answerStep,
  forgetStep,
  importLearnedStep,
  MAX_TEXT_CHARS,
  publishStep,
  teachStep,
  validTaught,
} from './owner';
import { createRecentCache } from './recent-cache';

export interface HandlerDeps {
  area: StorageArea;
  now?: () => number;
  newId?: () => string;
}

export function createHandlers({ area, now = Date.now, newId = () => crypto.randomUUID() }: HandlerDeps) {
  const writer = createWriter(area, now);
  // Classify runs on every pause in typing: the recent log is read once and kept until storage
  // changes. Our own writes drop it here; other changes (imports, tests) via storage.onChanged.
  const recent = createRecentCache(area, now);
  const wrote = <T>(value: T): T => {
    recent.invalidate();
    return value;
  };

  /** An answer or a correction: it counts as the owner said, and teaches once. */
  async function ownerLabel(id: string, label: unknown, publishedAt?: number) {
    if (typeof id !== 'string' || !isLabel(label))
      return { ok: false as const, error: 'That is not a label Post Coach knows.' };
    const updated = wrote(await writer.correctLabel(id, label, publishedAt, (owner) => answerStep(owner, id, label)));
    return updated
      ? { ok: true as const, value: updated }
      : { ok: false as const, error: 'That post is no longer in the log.' };
  }

  const handlers: Handlers = {
    async classify({ text }) {
      if (typeof text !== 'string') return { ok: false, error: 'Nothing to classify.' };
      const state = await recent.get();
      const result = classifyPersonal(text.slice(0, MAX_TEXT_CHARS), state.personal, {
        brandTerms: state.settings.brandTerms,
      });
      return {
        ok: true,
        value: { result, nudge: chooseNudge(result, state.posts, state.settings.targetShare, now()) },
      };
    },

    /** `id` is the outbox id when the page stored the publish first: the record keeps it, once. */
    async 'log-publish'({ post, id }) {
      const text = typeof post?.text === 'string' ? post.text.trim() : '';
      if (!text) return { ok: false, error: 'An empty post is not logged.' };
      const { settings } = await recent.get();
      if (!settings.sites[post.platform]) return { ok: false, error: `Post Coach is off for ${post.platform}.` };
      // `id` is the outbox id when the page stored the publish first: the record keeps it, once.
      const context = { id: typeof id === 'string' && id !== '' ? id : newId(), now: now(), settings };
      return {
        ok: true,
        value: wrote(await writer.appendOwnPost((owner) => publishStep(owner, { ...post, text }, context))),
      };
    },

    'correct-label': ({ id, label, publishedAt }) => ownerLabel(id, label, publishedAt),
    'answer-call': ({ id, label, publishedAt }) => ownerLabel(id, label, publishedAt),

    async teach({ posts }) {
      const valid = validTaught(posts);
      if (!valid)
        return {
          ok: false,
          error: `Give up to ${MAX_TAUGHT_POSTS} posts, each with some text and what it was; nothing was learned.`,
        };
      const { settings } = await recent.get();
      await writer.updateOwner((owner) => ({
        owner: { ...owner, personal: teachStep(owner.personal, valid, settings) },
        result: undefined,
      }));
      return { ok: true, value: wrote({ learned: valid.length }) };
    },

    async 'forget-learning'() {
      return { ok: true, value: wrote(await writer.updateOwner(forgetStep)) };
    },

    async 'update-settings'({ patch }) {
      return { ok: true, value: wrote(await writer.updateSettings(patch ?? {})) };
    },

    async 'import-batch'({ posts, setAside }) {
      if (!Array.isArray(posts) || !Array.isArray(setAside))
        return { ok: false, error: 'That import batch is damaged.' };
      // The page checked the file; the background, the only writer, holds the same bounds itself.
      const records: PostRecord[] = [];
      const aside = setAside.filter((r) => jsonChars(r) <= MAX_ASIDE_JSON_CHARS);
      for (const [i, raw] of posts.entries()) {
        const bounded = boundPost(raw, now());
        if (bounded.kind === 'damaged')
          return { ok: false, error: `Post ${i + 1} of an import batch has a damaged ${bounded.field}.` };
        if (bounded.kind === 'aside') aside.push(bounded.record);
        else records.push(bounded.post);
      }
      // An import follows the owner's privacy choice like a publish does.
      const keep = (await readSettings(area)).keepExcerpts;
      const kept = keep ? records : records.map(({ excerpt: _dropped, ...rest }) => rest);
      return {
        ok: true,
        value: wrote(await writer.importPosts(kept, keep ? aside : aside.map(withoutExcerpt))),
      };
    },

    async 'import-learned'({ personal }) {
      const learned = await writer.updateOwner((owner) => importLearnedStep(owner, personal));
      return { ok: true, value: wrote({ learned }) };
    },

    async 'clear-log'() {
      return { ok: true, value: wrote(await writer.clearLog()) };
    },

    /** Answered here only after a good start; the dispatch answers a failed one (./start-up.ts). */
    async status() {
      return { ok: true, value: { ready: true } };
    },
  };

  return { handlers, writer, invalidate: recent.invalidate };
}
