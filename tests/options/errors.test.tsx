// @vitest-environment happy-dom
/**
 * Errors reach the owner on the options page: storage that cannot be read, an export that fails,
 * a browser that fails the weekly switch, and a background whose migration failed. Each is said in
 * words on the page, and nothing stored changes.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createWorker } from '@/lib/background/worker';
import type { StorageArea } from '@/lib/storage/area';

/** The real background worker; `migrate` stands in for a migration that fails. */
const startWorker = (migrate?: () => Promise<unknown>) =>
  fakeBrowser.runtime.onMessage.addListener(
    createWorker({ area: fakeBrowser.storage.local, migrate, report: () => undefined }).dispatch,
  );

/** fakeBrowser's storage, with reads that fail from the `failFrom`th on (1-based). */
function failingReads(failFrom: number): StorageArea {
  const real = fakeBrowser.storage.local;
  let reads = 0;
  return {
    get: (keys) => (++reads >= failFrom ? Promise.reject(new Error('disk unreadable')) : real.get(keys ?? null)),
    set: (items) => real.set(items),
    remove: (keys) => real.remove(keys),
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the options page says what failed', () => {
  test('settings that cannot be read: a clear message, not "Loading" for ever', async () => {
    startWorker();
    render(<OptionsApp area={failingReads(1)} />);
    expect((await screen.findByTestId('load-error')).textContent).toMatch(
      /^Could not read your settings: disk unreadable\. Nothing was changed\./,
    );
    expect(screen.queryByText('Loading settings…')).toBeNull();
  });

  test('an export whose read fails says so and saves no file', async () => {
    startWorker();
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    // The page's own loads come first; reads after the page is shown fail.
    const area = failingReads(Number.POSITIVE_INFINITY);
    render(<OptionsApp area={area} />);
    const button = await screen.findByText('Export JSON');
    Object.assign(area, { get: () => Promise.reject(new Error('disk unreadable')) });
    await act(async () => {
      fireEvent.click(button);
    });
    expect((await screen.findByTestId('data-message')).textContent).toBe(
      'The export stopped, so no file was saved: disk unreadable. Nothing was changed.',
    );
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  test.each([
    [
      'asking for the permission fails',
      { request: (): Promise<boolean> => Promise.reject(new Error('no gesture')) },
      false,
      /did not ask for the weekly summary's permission: no gesture/,
    ],
    [
      'giving it back fails',
      { request: async (): Promise<boolean> => true, remove: (): Promise<void> => Promise.reject(new Error('busy')) },
      true,
      /is off, but its permission could not be given back: busy/,
    ],
  ])('the weekly switch: %s', async (_, permissions, turnOffAfter, message) => {
    startWorker();
    Object.assign(fakeBrowser.permissions, permissions);
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const weekly = (await screen.findByText(/Send me a weekly summary/)).closest('label')?.querySelector('input');
    if (!weekly) throw new Error('no weekly switch');
    await act(async () => {
      fireEvent.click(weekly);
    });
    // Giving the permission back happens when the owner turns the summary off again.
    if (turnOffAfter)
      await act(async () => {
        fireEvent.click(weekly);
      });
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
  });

  test('a failed migration is on the page, and saving a setting is refused with the same words', async () => {
    startWorker(() => Promise.reject(new Error('quota exceeded')));
    const before = await fakeBrowser.storage.local.get(null);
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const note = await screen.findByTestId('start-error');
    expect(note.textContent).toMatch(
      /^Post Coach could not upgrade your saved log, .*Nothing was deleted.*quota exceeded/,
    );
    const thirds = (await screen.findByText('Rule of thirds (33%)')).closest('label')?.querySelector('input');
    await act(async () => {
      thirds?.click();
    });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(note.textContent);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
