/**
 * Start Post Coach on a page: pick the site's adapter, follow the owner's settings (a site turned
 * off gets no badge and no log), and wire composers to the background. Reads storage; its one
 * write is a detected publish, into the outbox (../storage/outbox.ts).
 */
import { send } from '../messages';
import { adapterForHost } from '../sites';
import type { StorageArea } from '../storage/area';
import { isHotChunkKey } from '../storage/hot';
import { readSettings } from '../storage/read';
import { DEFAULT_SETTINGS, KEYS, type Settings } from '../storage/schema';
import { type Clocks, REAL_CLOCKS } from './clocks';
import { ComposerController } from './controller';
import { createPublishGuard, type GuardPort } from './publish-guard';
import { reportPublish } from './report-publish';

export interface StartOptions {
  doc: Document;
  hostname: string;
  storage: StorageArea & { onChanged: { addListener(cb: (changes: Record<string, unknown>) => void): void } };
  onInvalidated?(cb: () => void): void;
  /**
   * Whether the extension is still there for this page (WXT's ctx.isValid, which also fires
   * onInvalidated when it is not). After an update or reload the old script stays in open tabs:
   * on a failed message it asks, and stops, rather than keep badges that can only say "unavailable".
   */
  isValid?(): boolean;
  /** Opens the publish port (runtime.connect); tests hand in a fake. */
  connect?(name: string): GuardPort;
  /** What publishes are timed by (./clocks.ts); tests hand in a fake. */
  clocks?: Clocks;
}

export async function startPostCoach({
  doc,
  hostname,
  storage,
  onInvalidated,
  isValid,
  connect = (name) => browser.runtime.connect({ name }),
  clocks = REAL_CLOCKS,
}: StartOptions): Promise<ComposerController | undefined> {
  const adapter = adapterForHost(hostname);
  if (!adapter) return undefined;
  let settings: Settings = DEFAULT_SETTINGS;
  let controller: ComposerController | undefined;
  const guard = createPublishGuard(connect);
  const stopIfGone = () => {
    if (isValid && !isValid()) controller?.stop();
  };
  controller = new ComposerController(doc, adapter, {
    settings: () => settings,
    clocks,
    classify: async (text) => {
      const reply = await send({ kind: 'classify', text, platform: adapter.platform });
      if (!reply.ok) stopIfGone();
      return reply;
    },
    underWay: (key, post) =>
      post
        ? guard.pending(key, { ...post, platform: adapter.platform, publishedAt: clocks.now() })
        : guard.settled(key),
    publish: (post) => {
      void reportPublish(storage, { ...post, platform: adapter.platform }).then((reply) => {
        if (!reply.ok) console.warn(`Post Coach: this post is not logged yet: ${reply.error}`);
        if (!reply.ok) stopIfGone();
      });
    },
  });

  const apply = async () => {
    // Settings only: the log can hold years of posts and a page never needs them.
    settings = await readSettings(storage);
    if (settings.sites[adapter.platform]) controller.start();
    else controller.stop();
  };
  await apply();
  storage.onChanged.addListener((changes) => {
    if (KEYS.settings in changes) void apply().then(() => controller.refresh());
    // The log changed: a publish writes `posts`, a correction of an older post only its chunk.
    else if (Object.keys(changes).some((k) => k === KEYS.posts || isHotChunkKey(k))) controller.refresh();
  });
  onInvalidated?.(() => controller.stop());
  return controller;
}
