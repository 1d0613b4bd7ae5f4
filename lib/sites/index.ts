/** The registry of site adapters: one per site, chosen by hostname. */
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import { hostsOf } from './matches';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, linkedinAdapter, facebookAdapter];

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return ADAPTERS.find((adapter) => hostsOf(adapter.platform).includes(host));
}

export type { Composer, SiteAdapter } from './types';
