// @vitest-environment happy-dom
/** Options: presets and custom targets, switches, and import errors. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { parseCustomPercent } from '@/components/options/presets';
import { createHandlers } from '@/lib/background/handlers';
import { isRequest, type Request } from '@/lib/messages';
import { readState } from '@/lib/storage/read';

beforeEach(() => {
  fakeBrowser.reset();
  const { handlers } = createHandlers({ area: fakeBrowser.storage.local });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    return (handlers[message.kind] as (r: Request) => Promise<unknown>)(message);
  });
});
afterEach(cleanup);

/** The input inside the label showing `text` (the options page wraps inputs in their labels). */
const control = async (text: string) =>
  (await screen.findByText(text)).closest('label')?.querySelector('input') as HTMLInputElement;

const settings = async () => (await readState(fakeBrowser.storage.local)).settings;

describe('OptionsApp', () => {
  test('a preset sets the target', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const thirds = await control('Rule of thirds (33%)');
    await act(async () => {
      fireEvent.click(thirds);
    });
    await waitFor(async () => expect((await settings()).targetShare).toBe(0.33));
    expect((await settings()).targetPreset).toBe('thirds');
  });

  test('a custom target is validated', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const customChoice = await control('Custom');
    await act(async () => {
      fireEvent.click(customChoice);
    });
    fireEvent.change(await control('Custom target (%)'), { target: { value: '150' } });
    fireEvent.click(screen.getByText('Save target'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/whole percent from 1 to 100/);
    fireEvent.change(await control('Custom target (%)'), { target: { value: '15' } });
    await act(async () => {
      fireEvent.click(screen.getByText('Save target'));
    });
    await waitFor(async () => expect((await settings()).targetShare).toBe(0.15));
  });

  test('switching a site off is saved', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const linkedin = await control('Coach and log my posts on LinkedIn');
    await act(async () => {
      fireEvent.click(linkedin);
    });
    await waitFor(async () => expect((await settings()).sites.linkedin).toBe(false));
  });

  test('importing a foreign file says so and changes nothing', async () => {
    await fakeBrowser.storage.local.set({ posts: [] });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
    const file = new File(['{"not":"ours"}'], 'x.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    expect((await screen.findByTestId('data-message')).textContent).toMatch(/not a Post Coach export/);
    expect((await readState(fakeBrowser.storage.local)).posts).toEqual([]);
  });

  test.each([
    ['10', 0.1],
    ['10%', 0.1],
    ['0', undefined],
    ['abc', undefined],
    ['12.5', undefined],
  ])('parseCustomPercent(%j) → %s', (input, expected) => {
    expect(parseCustomPercent(input)).toBe(expected);
  });
});
