import { startPostCoach } from '@/lib/content/start';
import { CONTENT_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  // The three sites and nothing else.
  matches: CONTENT_MATCHES,
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
