// Placeholder until the site adapters land (issue 5): matches only the three sites.
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*'],
  main() {},
});
