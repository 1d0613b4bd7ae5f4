/**
 * The background's answers to every request (see lib/messages.ts). Kept apart from the
 * entrypoint so tests can run them against a fake storage area and a fixed clock.
 */
import { classify } from '../classifier';
import { chooseNudge } from '../coach/nudge';
import type { Handlers } from '../messages';
import type { StorageArea } from '../storage/area';
import { excerptOf } from '../storage/excerpt';
import { boundPost, jsonChars, MAX_ASIDE_JSON_CHARS } from '../storage/import-bounds';
import { readSettings } from '../storage/read';
import type { PostRecord } from '../storage/schema';
import { createWriter, withoutExcerpt } from '../storage/writer';
import { createRecentCache } from './recent-cache';

/** The longest draft the background will read; longer input is cut before classifying. */
const MAX_TEXT_CHARS = 50_000;

export interface HandlerDeps {
  area: StorageArea;
  now?: () => number;
  newId?: () => string;
}

/** Confidence is shown as a whole percent; three decimals keep the log small and lose nothing seen. */
const roundConfidence = (c: number) => Math.round(c * 1000) / 1000;

export function createHandlers({ area, now = Date.now, newId = () => crypto.randomUUID() }: HandlerDeps) {
  const writer = createWriter(area, now);
  // Classify runs on every pause in typing: the recent log is read once and kept until storage
  // changes. Our own writes drop it here; other changes (imports, tests) via storage.onChanged.
  const recent = createRecentCache(area, now);
  const wrote = <T>(value: T): T => {
    recent.invalidate();
    return value;
  };

  const handlers: Handlers = {
    async classify({ text }) {
      if (typeof text !== 'string') return { ok: false, error: 'Nothing to classify.' };
      const state = await recent.get();
      const result = classify(text.slice(0, MAX_TEXT_CHARS), { brandTerms: state.settings.brandTerms });
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
      const result = classify(text.slice(0, MAX_TEXT_CHARS), { brandTerms: settings.brandTerms });
      const record: PostRecord = {
        id: typeof id === 'string' && id !== '' ? id : newId(),
        publishedAt: Number.isFinite(post.publishedAt) ? post.publishedAt : now(),
        platform: post.platform,
        composer: post.composer,
        label: result.label,
        confidence: roundConfidence(result.confidence),
        chars: [...text].length,
        ...(settings.keepExcerpts ? { excerpt: excerptOf(text) } : {}),
      };
      return { ok: true, value: wrote(await writer.appendPost(record)) };
    },

    async 'correct-label'({ id, label, publishedAt }) {
      const updated = wrote(await writer.correctLabel(id, label, publishedAt));
      return updated ? { ok: true, value: updated } : { ok: false, error: 'That post is no longer in the log.' };
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

    async 'clear-log'() {
      return { ok: true, value: wrote(await writer.clearLog()) };
    },
  };

  return { handlers, writer, invalidate: recent.invalidate };
}
