// @vitest-environment happy-dom
/** Options: teach it your voice, brand-name suggestions with one tap, what was learned, and forgetting it. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ownerMarkedSalesy } from '@/components/options/BrandSuggestions';
import { OptionsApp } from '@/components/options/OptionsApp';
import { taughtFrom } from '@/components/options/TeachVoice';
import { createWorker } from '@/lib/background/worker';
import { readOwner } from '@/lib/storage/owner';
import { readState } from '@/lib/storage/read';
import { KEYS, type PostRecord } from '@/lib/storage/schema';

const area = () => fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(createWorker({ area: area() }).dispatch);
});
afterEach(cleanup);

/** Fill teach row `i` (0-based) with text and, if given, what it was. */
function fillRow(i: number, text: string, label?: string) {
  const row = screen.getAllByTestId('teach-post')[i] as HTMLElement;
  fireEvent.change(row.querySelector('textarea') as HTMLTextAreaElement, { target: { value: text } });
  if (label) fireEvent.click(row.querySelector(`input[value="${label}"]`) as HTMLInputElement);
}

describe('teach it your voice', () => {
  test.each([
    ['nothing pasted', [{ text: '  ' }], 'Paste at least one post first.'],
    [
      'a post without its label',
      [{ text: 'a', label: 'salesy' as const }, { text: 'b' }],
      'Say what post 2 was, or empty its box.',
    ],
  ])('taughtFrom: %s', (_name, drafts, error) => {
    expect(taughtFrom(drafts)).toEqual({ error });
  });

  test('pasted posts teach the personal model, are not logged, and suggest brand names to add with one tap', async () => {
    render(<OptionsApp area={area()} />);
    await screen.findByText('Teach it your voice');
    fillRow(0, 'Crumbly Joe cookies are back this Saturday, grab a box!', 'salesy');
    fillRow(1, 'A lovely gift: the Crumbly Joe holiday tin.');
    fireEvent.click(screen.getByText('Teach Post Coach'));
    expect((await screen.findByTestId('teach-message')).textContent).toBe('Say what post 2 was, or empty its box.');
    fillRow(1, 'A lovely gift: the Crumbly Joe holiday tin.', 'salesy');
    fillRow(2, 'Which cookie should we bake next? Tell us!', 'conversational');
    await act(async () => {
      fireEvent.click(screen.getByText('Teach Post Coach'));
    });
    await waitFor(() =>
      expect(screen.getByTestId('teach-message').textContent).toBe(
        'Learned from 3 posts. They are not logged or counted in your mix.',
      ),
    );
    expect((await readOwner(area())).personal.history.answered).toBe(3);
    expect((await readState(area())).posts).toEqual([]);
    // The boxes empty for the next few.
    expect(screen.getAllByTestId('teach-post').map((li) => li.querySelector('textarea')?.value)).toEqual(['', '', '']);

    const suggestion = await screen.findByText('+ Crumbly Joe');
    await act(async () => {
      fireEvent.click(suggestion);
    });
    await waitFor(async () => expect((await readState(area())).settings.brandTerms).toEqual(['Crumbly Joe']));
    await waitFor(() => expect(screen.queryByTestId('brand-suggestions')).toBeNull());
    const terms = within(screen.getByRole('region', { name: 'Your brand and products' })).getByRole('textbox');
    expect((terms as HTMLTextAreaElement).value).toBe('Crumbly Joe');
  });

  test("the popup's link (options.html#teach) lands in the first box", async () => {
    location.hash = '#teach';
    render(<OptionsApp area={area()} />);
    await screen.findByText('Teach it your voice');
    expect(document.activeElement).toBe(screen.getAllByTestId('teach-post')[0]?.querySelector('textarea'));
    location.hash = '';
  });

  test.each<[string, Partial<PostRecord>, boolean]>([
    ['an answer of salesy', { label: 'salesy', call: 'answered' }, true],
    ['a correction to salesy', { label: 'helpful', correctedLabel: 'salesy' }, true],
    ['a correction away from salesy', { label: 'salesy', correctedLabel: 'helpful', call: 'answered' }, false],
    ['a salesy label nobody confirmed', { label: 'salesy' }, false],
    ['salesy, but no excerpt kept', { label: 'salesy', call: 'answered', excerpt: undefined }, false],
  ])('ownerMarkedSalesy: %s', (_name, extra, marked) => {
    const post: PostRecord = {
      id: 'a',
      publishedAt: 0,
      platform: 'x',
      composer: 'post',
      label: 'helpful',
      confidence: 0.6,
      chars: 4,
      excerpt: 'Rye Box',
      ...extra,
    };
    expect(ownerMarkedSalesy([post])).toEqual(marked ? [{ text: 'Rye Box', label: 'salesy' }] : []);
  });
});

describe('what Post Coach learned', () => {
  test('shows how many answers it learned from; forgetting asks first, then starts afresh', async () => {
    await act(async () => {
      await fakeBrowser.runtime.sendMessage({
        kind: 'teach',
        posts: [
          { text: 'Tip: rest the dough overnight.', label: 'helpful' },
          { text: 'Thank you all!', label: 'conversational' },
        ],
      });
    });
    render(<OptionsApp area={area()} />);
    await waitFor(() => expect(screen.getByTestId('learned-count').textContent).toMatch(/learned from 2 answers/));
    fireEvent.click(screen.getByText('Forget what Post Coach learned…'));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/Your log stays/);
    fireEvent.click(screen.getByText('Cancel'));
    expect((await readOwner(area())).personal.history.answered).toBe(2);
    fireEvent.click(screen.getByText('Forget what Post Coach learned…'));
    await act(async () => {
      fireEvent.click(screen.getByText('Yes, forget it'));
    });
    await waitFor(() => expect(screen.getByTestId('learned-message').textContent).toMatch(/forgot what it learned/));
    expect((await readOwner(area())).personal).toMatchObject({ weights: {}, history: { answered: 0 } });
    await waitFor(() => expect(screen.getByTestId('learned-count').textContent).toMatch(/^Nothing yet/));
  });

  test('a notice from start-up (the model was reset or re-keyed) is shown', async () => {
    await area().set({
      [KEYS.personalNotice]: 'What Post Coach had learned from you could not be read, so it starts afresh.',
    });
    render(<OptionsApp area={area()} />);
    expect((await screen.findByTestId('personal-notice')).textContent).toMatch(/could not be read/);
  });
});
