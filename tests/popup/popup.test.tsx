// @vitest-environment happy-dom
/** The popup's states and corrections, rendered with a fake browser and the real background handlers. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/components/popup/store';
import { createHandlers } from '@/lib/background/handlers';
import { isRequest, type Request } from '@/lib/messages';
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
  usePopup.setState({ status: 'loading', stored: undefined, summary: undefined, error: undefined });
  const { handlers } = createHandlers({ area: fakeBrowser.storage.local });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    return (handlers[message.kind] as (r: Request) => Promise<unknown>)(message);
  });
});
afterEach(cleanup);

describe('PopupApp', () => {
  test('a new install shows what to do next', async () => {
    render(<PopupApp area={fakeBrowser.storage.local} />);
    expect(await screen.findByText('No posts logged yet')).toBeTruthy();
    expect(screen.getByTestId('post-count').textContent).toBe('0');
    expect(screen.getByTestId('target-share').textContent).toBe('10%');
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
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toMatch(/Over target/);
  });

  test('correcting a label updates the share', async () => {
    await fakeBrowser.storage.local.set({ posts: [post('a', 'salesy'), post('b', 'helpful')] });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('50%'));
    const salesyRow = screen.getAllByTestId('recent-post').find((li) => li.dataset.label === 'salesy');
    const select = salesyRow?.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      fireEvent.change(select, { target: { value: 'conversational' } });
    });
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('0%'));
    expect(screen.getByText(/corrected by you \(was salesy\)/)).toBeTruthy();
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
