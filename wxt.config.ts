import { defineConfig } from 'wxt';

// The manifest asks for storage only, plus unlimitedStorage, which shows no install warning. Why
// it is needed (measured by `npm run bench`, scripts/bench/stats.ts): 50,000 logged posts in the
// compact v2 layout take 3.6 MB without excerpts but 10.5 MB with the default 140-character
// excerpts, over storage.local's 10 MB quota (and non-Latin text takes up to 3 bytes a character);
// a full quota would make publishes fail to log. Content scripts are injected by their `matches`
// (see entrypoints/content.ts), which needs no host permission; alarms and notifications are
// optional permissions requested only when the owner turns the weekly summary on.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Manifest V3 for Firefox too (WXT's default there is V2): one manifest model, one set of
  // behaviours to test. Firefox has run MV3 since 109; the minimum below is 115 ESR.
  manifestVersion: 3,
  // No module-preload polyfill: every browser we ship to preloads natively, and the polyfill is
  // the only fetch() in the build, which a privacy audit should not have to explain away.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Post Coach',
    description:
      'Coaches your social posts before you publish: salesy, conversational or helpful. Everything stays on your device.',
    // Firefox cannot list alarms as optional (web-ext lint: "Invalid optional_permissions"); it
    // shows no install prompt there, so Firefox asks for it up front and keeps notifications optional.
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage', 'alarms'] : ['storage', 'unlimitedStorage'],
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'post-coach@post-coach.invalid',
              strict_min_version: '115.0',
              // Firefox's data-consent declaration: Post Coach collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
