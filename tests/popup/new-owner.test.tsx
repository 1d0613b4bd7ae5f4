// @vitest-environment happy-dom
/**
 * A new owner's popup at 0, 1, 5 and 8 posts: progress and encouragement until there are enough
 * posts to judge, then the verdict. The share keeps its whole percent from the first post on.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/components/popup/store';
import type { Label } from '@/lib/classifier/types';
import type { PostRecord } from '@/lib/storage/schema';

const post = (i: number, label: Label): PostRecord => ({
  id: `p${i}`,
  publishedAt: Date.now() - (i + 1) * 3_600_000,
  platform: 'facebook',
  composer: 'post',
  label,
  confidence: 0.9,
  chars: 5,
  excerpt: 'hello',
});

/** `offers` salesy posts, the rest alternately conversational and helpful. */
const posts = (count: number, offers: number): PostRecord[] =>
  Array.from({ length: count }, (_, i) => post(i, i < offers ? 'salesy' : i % 2 ? 'conversational' : 'helpful'));

async function openPopup(log: PostRecord[]) {
  await fakeBrowser.storage.local.set({ posts: log });
  const view = render(<PopupApp area={fakeBrowser.storage.local} />);
  await waitFor(() => expect(screen.getByTestId('post-count').textContent).toBe(String(log.length)));
  // The weekly summary follows the share once it is drawn.
  if (log.length > 0) await screen.findByTestId('weekly-chart');
  return view.container;
}

beforeEach(() => {
  fakeBrowser.reset();
  usePopup.setState({ status: 'loading', stored: undefined, summary: undefined, error: undefined, chartFilter: 'all' });
  // Wednesday noon: the posts of the last few hours are all in this week.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 9, 12));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the popup for a new owner', () => {
  test('0 posts: a dash, not 0%, and no verdict', async () => {
    const popup = await openPopup([]);
    expect(screen.getByTestId('promo-share').textContent).toBe('–');
    expect(screen.getByTestId('target-share').textContent).toBe('10%');
    expect(popup.querySelector('.gauge')?.getAttribute('data-state')).toBe('no-data');
    expect(popup.textContent).not.toMatch(/On target|Over target|(^|\D)0%/);
  });

  test('1 offer: its share, the way to 8 posts, and no verdict', async () => {
    const popup = await openPopup(posts(1, 1));
    expect(screen.getByTestId('promo-share').textContent).toBe('100%');
    expect(popup.querySelector('.gauge')?.getAttribute('data-state')).toBe('first-posts');
    expect(screen.getByTestId('first-posts').textContent).toMatch(/^1 of 8 posts so far: 7 more/);
    expect(popup.textContent).not.toMatch(/Over target|over target|in a row/);
    expect(screen.queryByTestId('streak')).toBeNull();
  });

  test('5 posts with 1 offer: encouragement for the 4 others, and advice that does not ask for them again', async () => {
    const popup = await openPopup(posts(5, 1));
    expect(screen.getByTestId('promo-share').textContent).toBe('20%');
    expect(popup.querySelector('.gauge')?.getAttribute('data-state')).toBe('first-posts');
    expect(screen.getByTestId('first-posts').textContent).toMatch(
      /5 of 8 posts so far: 3 more.*4 of your 5 talked with people or shared a tip: a good start\./,
    );
    expect(screen.getByTestId('this-week').textContent).toBe('1 salesy / 4 social · 20%');
    expect(screen.getByTestId('advice').textContent).toMatch(/mostly tips and conversations/);
    expect(screen.getByTestId('advice').textContent).not.toMatch(/ask a question or share a tip/);
    expect(popup.textContent).not.toMatch(/Over target|over target|No on-target week/);
    expect(popup.querySelector('.platforms tr.over')).toBeNull();
    expect(screen.getByTestId('chart-readout').textContent).toMatch(/20% promotional$/);
    expect(popup.querySelector('.chart text.over')).toBeNull();
  });

  test('8 posts with 2 offers: enough to judge, so the verdict and the streak line are back', async () => {
    const popup = await openPopup(posts(8, 2));
    expect(screen.getByTestId('promo-share').textContent).toBe('25%');
    expect(popup.querySelector('.gauge')?.getAttribute('data-state')).toBe('over-target');
    expect(screen.queryByTestId('first-posts')).toBeNull();
    expect(popup.textContent).toMatch(/Over target/);
    expect(screen.getByTestId('this-week').textContent).toBe('2 salesy / 6 social · 25% (over target)');
    expect(screen.getByTestId('streak').textContent).toMatch(/No on-target week in a row yet/);
    expect(popup.querySelector('.chart text.over')?.textContent).toBe('25%');
  });
});
