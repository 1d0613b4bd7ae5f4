import { startPostCoach } from '@/lib/content/start';

export default defineContentScript({
  // The three sites and nothing else (twitter.com still redirects to x.com for many people).
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPostCoach({
      doc: document,
      hostname: location.hostname,
      storage: browser.storage.local,
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      isValid: () => ctx.isValid,
    }).catch((error: unknown) => console.warn('Post Coach could not start on this page:', error));
  },
});
