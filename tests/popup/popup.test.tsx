// @vitest-environment happy-dom
/** The popup's states and corrections, rendered with a fake browser and the real background handlers. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/components/popup/store';
import { createWorker } from '@/lib/background/worker';
import { compactPost } from '@/lib/storage/compact';
import type { PostRecord } from '@/lib/storage/schema';

const post = (id: string, label: PostRecord['label'], excerpt = 'hello'): PostRecord => ({
  id,
  publishedAt: Date.now() - 3_600_000,
  platform: 'facebook',
  composer: 'post',
  label,
  confidence: 0.9,
  chars: excerpt.length,
  excerpt,
});

beforeEach(() => {
  fakeBrowser.reset();
  usePopup.setState({ status: 'loading', stored: undefined, summary: undefined, error: undefined, chartFilter: 'all' });
  // The background's own dispatch (lib/background/worker.ts), as the extension wires it.
  fakeBrowser.runtime.onMessage.addListener(createWorker({ area: fakeBrowser.storage.local }).dispatch);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PopupApp', () => {
  test('an imported excerpt of 100,000 characters shows its first 280, whole in storage', async () => {
    await fakeBrowser.storage.local.set({ posts: [post('a', 'salesy', 'A'.repeat(100_000))] });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    const excerpt = await screen.findByText(/^A+…$/);
    expect(excerpt.textContent).toHaveLength(281);
    const stored = (await fakeBrowser.storage.local.get('posts')).posts as PostRecord[];
    expect(stored[0]?.excerpt).toHaveLength(100_000);
  });

  test('a new install shows what to do next, and does not claim to be on target', async () => {
    const { container } = render(<PopupApp area={fakeBrowser.storage.local} />);
    expect(await screen.findByText('No posts logged yet')).toBeTruthy();
    expect(screen.getByTestId('post-count').textContent).toBe('0');
    expect(screen.getByTestId('target-share').textContent).toBe('10%');
    expect(container.textContent).toMatch(/write a post as usual/);
    expect(container.textContent).not.toMatch(/On target/);
    expect(screen.getByTestId('ratio').textContent).toBe('–');
    expect(screen.queryByTestId('ratio-words')).toBeNull();
    expect(container.querySelector('meter')?.getAttribute('aria-label')).toMatch(/^No posts to measure yet/);
  });

  test('shows a loading state until the log is read', async () => {
    let release: (v: Record<string, unknown>) => void = () => {};
    const slow = {
      get: () => new Promise<Record<string, unknown>>((r) => (release = r)),
      set: async () => {},
      remove: async () => {},
    };
    render(<PopupApp area={slow} />);
    expect(screen.getByRole('status').textContent).toMatch(/Loading your posts/);
    await act(async () => release({}));
    expect(await screen.findByText('No posts logged yet')).toBeTruthy();
  });

  test('the weekly chart can show one platform, and the week compare and advice are there', async () => {
    // An hour before a real clock can fall in last week (CI once ran at 00:54 on a Sunday), so the
    // clock is pinned to a Wednesday noon: mid-week whether weeks start on Sunday or Monday.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 9, 12));
    await fakeBrowser.storage.local.set({
      posts: [post('a', 'salesy'), post('b', 'helpful'), { ...post('c', 'conversational'), platform: 'x' }],
    });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    const chart = await screen.findByTestId('weekly-chart');
    expect(chart.getAttribute('aria-label')).toMatch(/, all platforms\./);
    expect(screen.getAllByTestId('chart-week').at(-1)?.getAttribute('aria-label')).toMatch(
      /3 posts: 1 salesy.*, 33% promotional/,
    );
    await act(async () => {
      fireEvent.click(screen.getByLabelText('X'));
    });
    expect(screen.getByTestId('weekly-chart').getAttribute('aria-label')).toMatch(/, X\./);
    expect(screen.getAllByTestId('chart-week').at(-1)?.getAttribute('aria-label')).toMatch(
      /1 post: 0 salesy.*, 0% promotional/,
    );
    // Three posts are too few to judge: the week shows its counts without "over target".
    expect(screen.getByTestId('this-week').textContent).toBe('1 salesy / 2 social · 33%');
    expect(screen.getByTestId('advice').textContent).toMatch(/You posted 1 salesy post/);
  });

  test('recent posts come from the archive too when this month is quiet, and can be corrected there', async () => {
    const old = { ...post('old', 'salesy'), publishedAt: Date.now() - 40 * 86_400_000 };
    const month = new Date(old.publishedAt).toISOString().slice(0, 7);
    await fakeBrowser.storage.local.set({
      schemaVersion: 2,
      posts: [],
      archive: { [month]: 1 },
      [`archive:${month}`]: [compactPost(old)],
    });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    const row = await screen.findByTestId('recent-post');
    await act(async () => {
      fireEvent.change(row.querySelector('select') as HTMLSelectElement, { target: { value: 'helpful' } });
    });
    await waitFor(() => expect(screen.getByTestId('corrected').textContent).toMatch(/was salesy/));
  });

  test('a correction the background refuses is reported', async () => {
    await fakeBrowser.storage.local.set({ posts: [post('a', 'salesy')] });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await screen.findByTestId('recent-post');
    // As if the post were deleted from the options page between opening the popup and the click.
    await act(() => usePopup.getState().correct({ id: 'gone', publishedAt: Date.now() }, 'helpful'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/correction was not saved/);
  });

  test('shows the share and counts, and excerpts as text', async () => {
    await fakeBrowser.storage.local.set({
      posts: [
        post('a', 'salesy', '<img src=x onerror=alert(1)>'),
        post('b', 'helpful'),
        post('c', 'conversational'),
        post('d', 'helpful'),
      ],
    });
    const { container } = render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getByTestId('post-count').textContent).toBe('4'));
    expect(screen.getByTestId('promo-share').textContent).toBe('25%');
    // The recent posts, with the excerpts, follow the share a frame later.
    await screen.findAllByTestId('recent-post');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).not.toMatch(/Over target/);
    expect(screen.getByTestId('first-posts').textContent).toMatch(/^4 of 8 posts so far/);
    expect(screen.getByTestId('ratio-words').textContent).toBe('Ratio: 1 salesy post for every 3 social posts.');
  });

  test('the share is on screen first; the weekly summary and recent posts follow once it is drawn', async () => {
    await fakeBrowser.storage.local.set({ posts: [post('a', 'salesy'), post('b', 'helpful')] });
    // Which DOM change first showed each part: a mutation callback runs right after React's commit,
    // before any frame or timer could let a later render in.
    const firstSeen = new Map<string, number>();
    let change = 0;
    const watch = new MutationObserver(() => {
      change++;
      for (const id of ['promo-share', 'weekly-chart', 'recent-post'])
        if (!firstSeen.has(id) && document.querySelector(`[data-testid="${id}"]`)) firstSeen.set(id, change);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await screen.findByTestId('weekly-chart');
    await screen.findAllByTestId('recent-post');
    watch.disconnect();
    expect(screen.getByTestId('promo-share').textContent).toBe('50%');
    const share = firstSeen.get('promo-share') ?? Number.POSITIVE_INFINITY;
    expect(firstSeen.get('weekly-chart')).toBeGreaterThan(share);
    expect(firstSeen.get('recent-post')).toBeGreaterThan(share);
  });

  test('correcting a label updates the share', async () => {
    await fakeBrowser.storage.local.set({ posts: [post('a', 'salesy'), post('b', 'helpful')] });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('50%'));
    const salesyRow = (await screen.findAllByTestId('recent-post')).find((li) => li.dataset.label === 'salesy');
    const select = salesyRow?.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      fireEvent.change(select, { target: { value: 'conversational' } });
    });
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('0%'));
    expect(screen.getByText(/corrected by you \(was salesy\)/)).toBeTruthy();
  });

  test('the last 20 posts: five at first, the rest one click away, newest first', async () => {
    await fakeBrowser.storage.local.set({
      posts: Array.from({ length: 25 }, (_, i) => ({
        ...post(`p${i}`, 'helpful'),
        publishedAt: Date.now() - (i + 1) * 60_000,
      })),
    });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getAllByTestId('recent-post')).toHaveLength(5));
    const more = screen.getByRole('button', { name: 'Show 15 more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    const rows = screen.getAllByTestId('recent-post');
    expect(rows).toHaveLength(20);
    expect(rows[0]?.querySelector('select')?.id).toBe('label-p0');
    expect(rows[19]?.querySelector('select')?.id).toBe('label-p19');
  });

  test('damaged records are reported, not hidden', async () => {
    await fakeBrowser.storage.local.set({ posts: [post('a', 'helpful'), { broken: true }] });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    expect(await screen.findByText(/1 damaged record was set aside/)).toBeTruthy();
    expect(screen.getByTestId('post-count').textContent).toBe('1');
  });

  test('a storage failure shows an error state', async () => {
    const broken = {
      get: () => Promise.reject(new Error('disk on fire')),
      set: async () => {},
      remove: async () => {},
    };
    render(<PopupApp area={broken} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not read your post log/);
  });
});
