/**
 * How much of a page's main-thread time the extension's own scripts took, from a V8 CPU profile
 * (CDP Profiler): every sample whose stack holds a frame of a chrome-extension:// script counts,
 * with what that script called into the browser (a forced layout, a hit test), which a count of
 * the script's own time alone would miss. Sampling, so a figure over many keystrokes, not one.
 */
import type { CDPSession } from 'playwright-core';

/** One sample every 200 µs: fine enough for 100 keystrokes, light enough not to slow them much. */
const SAMPLE_US = 200;

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function startScriptTimer(cdp: CDPSession): Promise<() => Promise<number>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.send('Profiler.disable');
    return extensionMs(profile);
  };
}

/** Milliseconds of samples with an extension frame anywhere on their stack. */
export function extensionMs(profile: Profile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node?.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  // A sample's time is the gap to the next one (the last sample's is unknown, so not counted).
  for (let i = 0; i + 1 < samples.length; i++) if (isOurs(samples[i] as number)) us += deltas[i + 1] ?? 0;
  return us / 1000;
}
