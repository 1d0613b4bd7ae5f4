import { defineConfig } from 'wxt';

// The manifest asks for storage only. Content scripts are injected by their `matches` (see
// entrypoints/content.ts), which needs no host permission; alarms and notifications are optional
// permissions requested only when the owner turns the weekly summary on.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Post Coach',
    description:
      'Coaches your social posts before you publish: salesy, conversational or helpful. Everything stays on your device.',
    permissions: ['storage'],
    optional_permissions: ['alarms', 'notifications'],
  },
});
