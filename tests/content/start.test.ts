// @vitest-environment happy-dom
/** Starting on a page, and stopping when the extension under it was updated or reloaded. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPostCoach } from '@/lib/content/start';

const badges = () => document.querySelectorAll('post-coach-badge').length;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = `<div><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div>Fresh bread today</div></div>
    <div role="button" data-testid="tweetButtonInline"><span>Post</span></div></div>`;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('startPostCoach', () => {
  test('an extension that is gone (update, reload) takes its badges with it at the first failed message', async () => {
    let valid = true;
    const stopped = vi.fn();
    // Nothing answers: as when the background behind this page no longer exists.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    const controller = await startPostCoach({
      doc: document,
      hostname: 'x.com',
      storage: fakeBrowser.storage.local,
      onInvalidated: (cb) => stopped.mockImplementation(cb),
      isValid: () => {
        if (!valid) stopped();
        return valid;
      },
    });
    expect(controller).toBeDefined();
    expect(badges()).toBe(1);
    // Still valid: a failed message alone (a busy worker) keeps the badge, saying "unavailable".
    await vi.waitFor(() =>
      expect(document.querySelector('post-coach-badge')?.getAttribute('data-label')).toBe('unsure'),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(badges()).toBe(1);
    valid = false;
    const editor = document.querySelector('[data-testid="tweetTextarea_0"] div') as HTMLElement;
    editor.textContent = 'Fresh bread today, 20% off';
    await vi.waitFor(() => expect(badges()).toBe(0), { timeout: 2000 });
    expect(stopped).toHaveBeenCalled();
  });

  test('a host without an adapter starts nothing', async () => {
    expect(await startPostCoach({ doc: document, hostname: 'example.com', storage: fakeBrowser.storage.local })).toBe(
      undefined,
    );
    expect(badges()).toBe(0);
  });

  test('the nudge refreshes when the log changes, a correction in an older chunk included', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('busy'));
    let changed: (changes: Record<string, unknown>) => void = () => undefined;
    const storage = {
      get: fakeBrowser.storage.local.get,
      set: fakeBrowser.storage.local.set,
      remove: fakeBrowser.storage.local.remove,
      onChanged: {
        addListener: (cb: typeof changed) => {
          changed = cb;
        },
      },
    };
    const controller = await startPostCoach({ doc: document, hostname: 'x.com', storage });
    const refresh = vi.spyOn(controller as NonNullable<typeof controller>, 'refresh');
    changed({ posts: {} });
    changed({ 'posts:3': {} });
    changed({ 'outbox:abc': {} });
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
