/**
 * Where the content script runs, per platform: the manifest's `matches` (entrypoints/content.ts)
 * and the site access the popup checks. No imports beyond types: WXT reads this while it builds
 * the manifest.
 */
import type { Platform } from '../domain';

export const SITE_MATCHES: Readonly<Record<Platform, readonly string[]>> = {
  // twitter.com still redirects to x.com for many people.
  x: ['https://x.com/*', 'https://twitter.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
  facebook: ['https://www.facebook.com/*'],
};

export const CONTENT_MATCHES: string[] = Object.values(SITE_MATCHES).flat();

/**
 * The hostnames a platform's adapter serves: exactly the manifest's, so the adapters never claim a
 * host (a mobile site, another subdomain) where the content script does not run.
 */
export function hostsOf(platform: Platform): string[] {
  return SITE_MATCHES[platform].map((pattern) => new URL(pattern.replace('/*', '/')).hostname);
}
