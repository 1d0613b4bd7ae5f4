/**
 * The background's answers to every request (see lib/messages.ts). Kept apart from the
 * entrypoint so tests can run them against a fake storage area and a fixed clock.
 */
import { classify } from '../classifier';
import { chooseNudge } from '../coach/nudge';
import type { Handlers } from '../messages';
import type { StorageArea } from '../storage/area';
import { parseImport } from '../storage/import';
import { readState, type StoredState } from '../storage/read';
import { EXCERPT_CHARS, type PostRecord } from '../storage/schema';
import { createWriter } from '../storage/writer';

/** The longest draft the background will read; longer input is cut before classifying. */
const MAX_TEXT_CHARS = 50_000;

export interface HandlerDeps {
  area: StorageArea;
  now?: () => number;
  newId?: () => string;
}

export function createHandlers({ area, now = Date.now, newId = () => crypto.randomUUID() }: HandlerDeps) {
  const writer = createWriter(area);
  // Classify runs on every pause in typing: read and validate the log once, not per keystroke.
  // Any storage change (ours, or an import) drops the cache; see entrypoints/background.ts.
  let cached: Promise<StoredState> | undefined;
  const state = () => {
    cached ??= readState(area);
    return cached;
  };
  const invalidate = () => {
    cached = undefined;
  };

  const handlers: Handlers = {
    async classify({ text }) {
      if (typeof text !== 'string') return { ok: false, error: 'Nothing to classify.' };
      const state = await readState(area);
      const result = classify(text.slice(0, MAX_TEXT_CHARS), { brandTerms: state.settings.brandTerms });
      return {
        ok: true,
        value: { result, nudge: chooseNudge(result, state.posts, state.settings.targetShare, now()) },
      };
    },

    async 'log-publish'({ post }) {
      const text = typeof post?.text === 'string' ? post.text.trim() : '';
      if (!text) return { ok: false, error: 'An empty post is not logged.' };
      const { settings } = await state();
      if (!settings.sites[post.platform]) return { ok: false, error: `Post Coach is off for ${post.platform}.` };
      const result = classify(text.slice(0, MAX_TEXT_CHARS), { brandTerms: settings.brandTerms });
      const record: PostRecord = {
        id: newId(),
        publishedAt: Number.isFinite(post.publishedAt) ? post.publishedAt : now(),
        platform: post.platform,
        composer: post.composer,
        label: result.label,
        confidence: result.confidence,
        chars: [...text].length,
        ...(settings.keepExcerpts ? { excerpt: [...text].slice(0, EXCERPT_CHARS).join('') } : {}),
      };
      const saved = await writer.appendPost(record);
      invalidate();
      return { ok: true, value: saved };
    },

    async 'correct-label'({ id, label }) {
      const updated = await writer.correctLabel(id, label);
      invalidate();
      return updated ? { ok: true, value: updated } : { ok: false, error: 'That post is no longer in the log.' };
    },

    async 'update-settings'({ patch }) {
      const settings = await writer.updateSettings(patch ?? {});
      invalidate();
      return { ok: true, value: settings };
    },

    async 'import-log'({ json }) {
      const parsed = parseImport(json);
      if (!parsed.ok) return parsed;
      const summary = await writer.importPosts(parsed.value);
      invalidate();
      return { ok: true, value: summary };
    },

    async 'clear-log'() {
      const cleared = await writer.clearLog();
      invalidate();
      return { ok: true, value: cleared };
    },
  };

  return { handlers, writer, invalidate };
}
