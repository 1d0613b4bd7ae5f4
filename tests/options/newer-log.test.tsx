// @vitest-environment happy-dom
/**
 * A log saved by a newer Post Coach (after a downgrade): the popup and the options page say so in
 * the same words, the options page does not call it damaged, and export refuses rather than
 * relabel it. A merely damaged version number is none of this.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/components/popup/store';
import { KEYS, NEWER_LOG, NEWER_LOG_EXPORT, SCHEMA_VERSION } from '@/lib/storage/schema';

const newer = { [KEYS.version]: SCHEMA_VERSION + 1, [KEYS.posts]: { layout: 'unknown' }, quarantine: { also: 'new' } };

beforeEach(() => {
  fakeBrowser.reset();
  usePopup.setState({ status: 'loading', stored: undefined, summary: undefined, error: undefined, chartFilter: 'all' });
});
afterEach(cleanup);

describe('a log from a newer version', () => {
  test('the popup and the options page both say it plainly', async () => {
    await fakeBrowser.storage.local.set(newer);
    render(<PopupApp area={fakeBrowser.storage.local} />);
    expect((await screen.findByTestId('newer-version-note')).textContent).toBe(NEWER_LOG);
    cleanup();
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    expect((await screen.findByTestId('newer-version-note')).textContent).toBe(NEWER_LOG);
    expect(screen.queryByTestId('set-aside')).toBeNull();
  });

  test('export refuses, downloads nothing, and storage is unchanged', async () => {
    await fakeBrowser.storage.local.set(newer);
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    for (const name of ['Export JSON', 'Export CSV']) {
      const button = await screen.findByText(name);
      await act(async () => {
        fireEvent.click(button);
      });
      expect((await screen.findByTestId('data-message')).textContent).toBe(NEWER_LOG_EXPORT);
    }
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(newer);
  });

  test.each([[2.5], ['3.0']])('a damaged version (%j) is not called newer', async (version) => {
    await fakeBrowser.storage.local.set({ [KEYS.version]: version, [KEYS.posts]: [] });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    await screen.findByText('Your data');
    expect(screen.queryByTestId('newer-version-note')).toBeNull();
    cleanup();
    render(<PopupApp area={fakeBrowser.storage.local} />);
    await screen.findByTestId('post-count');
    expect(screen.queryByTestId('newer-version-note')).toBeNull();
  });
});
