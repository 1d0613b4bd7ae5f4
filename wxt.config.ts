import { defineConfig } from 'wxt';

// The manifest asks for storage only (plus unlimitedStorage, which shows no install warning, so
// years of logged posts never hit storage.local's 10 MB quota). Content scripts are injected by
// their `matches` (see entrypoints/content.ts), which needs no host permission; alarms and
// notifications are optional permissions requested only when the owner turns the weekly summary on.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Post Coach',
    description:
      'Coaches your social posts before you publish: salesy, conversational or helpful. Everything stays on your device.',
    permissions: ['storage', 'unlimitedStorage'],
    optional_permissions: ['alarms', 'notifications'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'post-coach@post-coach.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
});
