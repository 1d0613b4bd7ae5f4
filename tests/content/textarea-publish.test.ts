// @vitest-environment happy-dom
/**
 * X's mobile layout writes in a plain <textarea> and the app empties it by setting its value, which
 * fires no event and changes no DOM. Seen in tests/e2e/variants.spec.ts (x-mobile-reply): the reply
 * was never logged. While a publish is pending the session reads the value itself.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { ComposerController } from '@/lib/content/controller';
import { xAdapter } from '@/lib/sites/x';
import { DEFAULT_SETTINGS } from '@/lib/storage/schema';
import { ownerClick, ownerEventsAreTrusted } from './trusted';

ownerEventsAreTrusted();

let controller: ComposerController | undefined;
afterEach(() => controller?.stop());

test('a textarea emptied by script after Reply logs the reply once', async () => {
  document.body.innerHTML = `<div><div><textarea data-testid="tweetTextarea_0" aria-label="Post text"></textarea></div>
    <button data-testid="tweetButtonInline"><span>Reply</span></button></div>`;
  const published: string[] = [];
  controller = new ComposerController(document, xAdapter, {
    classify: () => new Promise(() => {}),
    publish: (post) => published.push(`${post.composer}:${post.text}`),
    settings: () => DEFAULT_SETTINGS,
  });
  controller.start();
  const area = document.querySelector('textarea') as HTMLTextAreaElement;
  area.value = 'Thanks, see you Saturday!';
  area.dispatchEvent(new Event('input', { bubbles: true }));

  ownerClick(document.querySelector('button') as HTMLElement);
  // The app empties the box once the server answers, well after the click's own task.
  await new Promise((resolve) => setTimeout(resolve, 150));
  area.value = '';
  await vi.waitFor(() => expect(published).toEqual(['reply:Thanks, see you Saturday!']), { timeout: 3_000 });
});
