// @vitest-environment happy-dom
/** The posts waiting for the owner's call, and the share as an estimate, with the real background handlers. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { postsNeedingCall } from '@/components/popup/NeedsCall';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/components/popup/store';
import { createWorker } from '@/lib/background/worker';
import { readOwner } from '@/lib/storage/owner';
import { KEYS, type PostRecord } from '@/lib/storage/schema';

const HOUR = 3_600_000;
const post = (id: string, label: PostRecord['label'], extra: Partial<PostRecord> = {}): PostRecord => ({
  id,
  publishedAt: Date.now() - HOUR,
  platform: 'linkedin',
  composer: 'post',
  label,
  confidence: 0.9,
  chars: 5,
  excerpt: `post ${id}`,
  ...extra,
});
const asked = (id: string, salesy: number, hoursAgo: number, extra: Partial<PostRecord> = {}) =>
  post(id, salesy >= 0.5 ? 'salesy' : 'helpful', {
    publishedAt: Date.now() - hoursAgo * HOUR,
    confidence: Math.max(salesy, 1 - salesy),
    scores: { salesy, conversational: 0, helpful: 1 - salesy },
    call: 'pending',
    ...extra,
  });
const held = (p: PostRecord) => ({ id: p.id, publishedAt: p.publishedAt, input: { 'w:bread': 1 }, waiting: true });

beforeEach(() => {
  fakeBrowser.reset();
  usePopup.setState({ status: 'loading', stored: undefined, summary: undefined, error: undefined, chartFilter: 'all' });
  // The background's own dispatch (lib/background/worker.ts), as the extension wires it.
  fakeBrowser.runtime.onMessage.addListener(createWorker({ area: fakeBrowser.storage.local }).dispatch);
});
afterEach(cleanup);

describe("posts that need the owner's call", () => {
  test('listed newest first at the top, excerpts as text, one button per answer', async () => {
    const older = asked('older', 0.4, 3, { excerpt: '<b>Tip</b> of the day' });
    const newer = asked('newer', 0.6, 1);
    await fakeBrowser.storage.local.set({
      [KEYS.posts]: [post('sure', 'helpful'), older, newer],
      [KEYS.calls]: [held(newer), held(older)],
    });
    const { container } = render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getAllByTestId('needs-call-item')).toHaveLength(2));
    const items = screen.getAllByTestId('needs-call-item');
    expect(items.map((li) => li.querySelector('.excerpt')?.textContent)).toEqual([
      'post newer',
      '<b>Tip</b> of the day',
    ]);
    expect(container.querySelector('.needs-call b')).toBeNull();
    expect([...(items[0]?.querySelectorAll('button') ?? [])].map((b) => [b.dataset.answer, b.textContent])).toEqual([
      ['salesy', 'Salesy'],
      ['conversational', 'Conversational'],
      ['helpful', 'Helpful'],
    ]);
    // The list comes before the share: the question is the first thing seen.
    const order = [...container.querySelectorAll('.needs-call, .gauge')].map((el) => el.className.split(' ')[0]);
    expect(order).toEqual(['needs-call', 'gauge']);
  });

  test('until answered the share is an estimate; an answer counts as said, teaches, and leaves the list', async () => {
    const pending = asked('q', 0.6, 1);
    await fakeBrowser.storage.local.set({
      [KEYS.posts]: [post('a', 'helpful'), post('b', 'conversational'), post('c', 'salesy'), pending],
      [KEYS.calls]: [held(pending)],
    });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('40%'));
    expect(screen.getByTestId('post-count').textContent).toBe('4');
    // The ratio follows the expected share: 1.6 expected salesy posts among 4.
    expect(screen.getByTestId('ratio').textContent).toBe('1 : 1.5');
    expect(screen.getByTestId('ratio-words').textContent).toBe(
      'Ratio, estimated: 1 salesy post for every 1.5 social posts.',
    );
    expect(screen.getByTestId('share-estimate').textContent).toBe(
      "An estimate: 1 post is counted by Post Coach's guess until you say what it was, so the share could be 25%–50%.",
    );
    const salesy = screen.getByTestId('needs-call-item').querySelector('[data-answer="salesy"]') as HTMLButtonElement;
    await act(async () => {
      fireEvent.click(salesy);
    });
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('50%'));
    expect(screen.queryByTestId('needs-call-item')).toBeNull();
    expect(screen.queryByTestId('share-estimate')).toBeNull();
    expect(screen.getByTestId('ratio').textContent).toBe('1 : 1');
    expect(screen.getByTestId('post-count').textContent).toBe('4');
    expect((await readOwner(fakeBrowser.storage.local)).personal.history.answered).toBe(1);
  });

  test("a close call counted against the badge's first choice says so; one counted as leaned says nothing", async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.posts]: [
        post('close', 'salesy', { confidence: 0.42, scores: { salesy: 0.42, conversational: 0.1, helpful: 0.48 } }),
        post('plain', 'helpful', { confidence: 0.48, scores: { salesy: 0.42, conversational: 0.1, helpful: 0.48 } }),
      ],
    });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('50%'));
    const notes = await screen.findAllByTestId('close-call');
    expect(notes.map((n) => n.closest('li')?.querySelector('select')?.id)).toEqual(['label-close']);
    expect(notes[0]?.textContent).toMatch(/leaned helpful\): counted as salesy/);
  });

  test('a post that stopped waiting is not listed but still counts by its probability', async () => {
    const expired = asked('old', 0.3, 2);
    await fakeBrowser.storage.local.set({
      [KEYS.posts]: [post('a', 'helpful'), expired],
      [KEYS.calls]: [{ ...held(expired), waiting: false }],
    });
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('15%'));
    expect(screen.queryByTestId('needs-call-item')).toBeNull();
    expect(screen.getByTestId('share-estimate').textContent).toMatch(/1 post is counted by Post Coach's guess/);
    // Its row in the recent list says so, and picking a label there answers it.
    expect((await screen.findByTestId('counted-by-guess')).textContent).toBe('counts as 30% salesy until you pick');
    const row = screen.getAllByTestId('recent-post').find((li) => li.querySelector('#label-old')) as HTMLElement;
    await act(async () => {
      fireEvent.change(row.querySelector('select') as HTMLSelectElement, { target: { value: 'helpful' } });
    });
    await waitFor(() => expect(screen.getByTestId('promo-share').textContent).toBe('0%'));
    expect(screen.queryByTestId('share-estimate')).toBeNull();
  });

  test.each<[string, PostRecord[], string[], string[]]>([
    ['waiting ids missing from the log are skipped', [asked('a', 0.5, 1)], ['gone', 'a'], ['a']],
    ['an answered post is not listed even if the list lags', [asked('a', 0.5, 1, { call: 'answered' })], ['a'], []],
  ])('postsNeedingCall: %s', (_name, posts, waiting, ids) => {
    expect(postsNeedingCall(posts, waiting).map((p) => p.id)).toEqual(ids);
  });

  test('the empty log offers to teach it your voice', async () => {
    render(<PopupApp area={fakeBrowser.storage.local} />);
    const link = await screen.findByTestId('teach-link');
    expect(link.getAttribute('href')).toBe('/options.html#teach');
  });
});
