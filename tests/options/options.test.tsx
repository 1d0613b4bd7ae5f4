// @vitest-environment happy-dom
/** Options: presets and custom targets, switches, the weekly opt-in, and the owner's data. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { parseCustomPercent } from '@/components/options/presets';
import { createWorker } from '@/lib/background/worker';
import { TARGET_PRESETS } from '@/lib/domain';
import { isRequest, type Request } from '@/lib/messages';
import { BATCH_POSTS } from '@/lib/storage/import-run';
import { readState } from '@/lib/storage/read';

/** Requests of one kind after the first `after` wait here until the test lets them go. */
let held: { kind: Request['kind']; after: number; gate: Promise<void> } | undefined;
const hold = (kind: Request['kind'], after: number) => {
  let release = () => {};
  held = { kind, after, gate: new Promise<void>((resolve) => (release = resolve)) };
  return () => release();
};

beforeEach(() => {
  fakeBrowser.reset();
  held = undefined;
  // The background's own dispatch and start-up gate (lib/background/worker.ts), held where a test asks.
  const { dispatch } = createWorker({ area: fakeBrowser.storage.local });
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    if (isRequest(message) && held?.kind === message.kind && held.after-- <= 0) await held.gate;
    return dispatch(message);
  });
});
afterEach(cleanup);

/** The input inside the label showing `text` (the options page wraps inputs in their labels). */
const control = async (text: string | RegExp) =>
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
    expect(screen.getByTestId('current-target').textContent).toBe('33% or less');
    // Its one line of meaning is tied to the choice for screen readers too.
    const help = document.getElementById(thirds.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toMatch(/A third promotes/);
  });

  test('each preset says what it means, tied to its choice for screen readers', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const fourOneOne = await control('4-1-1 rule (17%)');
    const help = document.getElementById(fourOneOne.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe(TARGET_PRESETS.find((p) => p.id === 'four-one-one')?.explains);
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

  test('choosing Custom stays chosen while an earlier preset save answers and settings reload', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    // Arrow keys through the radios save each preset they pass, then land on Custom.
    const thirds = await control('Rule of thirds (33%)');
    const customChoice = await control('Custom');
    await act(async () => {
      fireEvent.click(thirds);
      fireEvent.click(customChoice);
    });
    await waitFor(async () => expect((await settings()).targetPreset).toBe('thirds'));
    await act(async () => {
      await fakeBrowser.storage.local.set({ unrelated: 1 });
    });
    expect((await control('Custom')).checked).toBe(true);
    expect(await control('Custom target (%)')).toBeTruthy();
  });

  test('damaged records in the log are reported here too', async () => {
    await fakeBrowser.storage.local.set({ posts: [{ id: 'broken' }, 42] });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    expect((await screen.findByTestId('set-aside')).textContent).toMatch(/2 damaged records .* nothing was deleted/);
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

  test('the weekly summary asks for its permissions only when turned on, and gives them back when off', async () => {
    const request = vi.fn(async () => true);
    const remove = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { request, remove });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const weekly = await control('Send me a weekly summary notification (on the evening your week ends)');
    expect(request).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(weekly);
    });
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms', 'notifications'] });
    await waitFor(async () => expect((await settings()).weeklySummary).toBe(true));
    await act(async () => {
      fireEvent.click(weekly);
    });
    await waitFor(async () => expect((await settings()).weeklySummary).toBe(false));
    expect(remove).toHaveBeenCalledWith({ permissions: ['alarms', 'notifications'] });
  });

  test("Firefox's build, where alarms is granted at install, asks only for notifications", async () => {
    const request = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { request });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Post Coach',
      version: '0.1.0',
      optional_permissions: ['notifications'],
    } as unknown as ReturnType<typeof fakeBrowser.runtime.getManifest>);
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const weekly = await control('Send me a weekly summary notification (on the evening your week ends)');
    await act(async () => {
      fireEvent.click(weekly);
    });
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    vi.restoreAllMocks();
  });

  test('a refused permission leaves the weekly summary off and says why', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => false) });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const weekly = await control('Send me a weekly summary notification (on the evening your week ends)');
    await act(async () => {
      fireEvent.click(weekly);
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/needs permission/);
    expect((await settings()).weeklySummary).toBe(false);
  });

  test('turning excerpts off removes the text already kept', async () => {
    await fakeBrowser.storage.local.set({
      posts: [
        {
          id: 'a',
          publishedAt: 1,
          platform: 'x',
          composer: 'post',
          label: 'helpful',
          confidence: 1,
          chars: 5,
          excerpt: 'hello',
        },
      ],
    });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const keep = await control(/Keep the first words of each post/);
    await act(async () => {
      fireEvent.click(keep);
    });
    await waitFor(async () => expect((await readState(fakeBrowser.storage.local)).posts[0]?.excerpt).toBeUndefined());
    expect((await settings()).keepExcerpts).toBe(false);
  });

  test('brand terms are saved one per line', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const box = (await screen.findByRole('textbox', { name: 'Your brand and products' })) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Crumb & Co\n\n  Rise Bakery ' } });
    await act(async () => {
      fireEvent.blur(box);
    });
    await waitFor(async () => expect((await settings()).brandTerms).toEqual(['Crumb & Co', 'Rise Bakery']));
  });

  test('brand terms are saved after a pause in typing, without leaving the box', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const box = await screen.findByRole('textbox', { name: 'Your brand and products' });
    fireEvent.change(box, { target: { value: "Maria's Bakery\nSunrise Rye" } });
    await waitFor(async () => expect((await settings()).brandTerms).toEqual(["Maria's Bakery", 'Sunrise Rye']));
  });

  test('brand terms are saved at once when the tab is closed mid-typing', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const box = await screen.findByRole('textbox', { name: 'Your brand and products' });
    vi.useFakeTimers();
    try {
      fireEvent.change(box, { target: { value: 'Crumb & Co' } });
      window.dispatchEvent(new Event('pagehide'));
    } finally {
      vi.useRealTimers();
    }
    // The pause timer never ran (fake timers), so only pagehide can have saved it.
    await waitFor(async () => expect((await settings()).brandTerms).toEqual(['Crumb & Co']));
  });

  test('more than 200 brand terms: kept, and the owner is told only the first 200 count', async () => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const box = await screen.findByRole('textbox', { name: 'Your brand and products' });
    const terms = Array.from({ length: 205 }, (_, i) => `Cake ${i}`);
    fireEvent.change(box, { target: { value: terms.join('\n') } });
    expect((await screen.findByTestId('brand-limit')).textContent).toMatch(
      /first 200 names\. The other 5 names are kept/,
    );
    await act(async () => {
      fireEvent.blur(box);
    });
    await waitFor(async () => expect((await settings()).brandTerms).toHaveLength(205));
  });

  test('delete everything asks first; cancel keeps the log, yes empties it', async () => {
    await fakeBrowser.storage.local.set({
      posts: [
        {
          id: 'a',
          publishedAt: 1_764_000_000_000,
          platform: 'x',
          composer: 'post',
          label: 'helpful',
          confidence: 1,
          chars: 5,
        },
      ],
    });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/cannot be undone/);
    // Keyboard: focus moves to Cancel, Escape closes, focus returns to the button that asked.
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Delete everything…');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await readState(fakeBrowser.storage.local)).posts).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    });
    expect((await screen.findByTestId('data-message')).textContent).toMatch(/^Deleted 1 post\. /);
    expect((await readState(fakeBrowser.storage.local)).posts).toEqual([]);
  });

  test.each([
    ['not json at all', /not valid JSON/],
    [
      '{"format":"post-coach-log","posts":[{"id":"a","publishedAt":1764000000000,"platform":"x","composer":"post","label":"spam"}]}',
      /^Post 1 in the file \(id "a"\) has a damaged label \(one of salesy, conversational, helpful\), so nothing was imported\.$/,
    ],
  ])('importing %s is refused and changes nothing', async (text, message) => {
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([text], 'x.json')] } });
    });
    expect((await screen.findByTestId('data-message')).textContent).toMatch(message);
    expect((await readState(fakeBrowser.storage.local)).posts).toEqual([]);
  });

  test('a good file is imported, and importing it again adds nothing', async () => {
    const file = JSON.stringify({
      format: 'post-coach-log',
      posts: [
        {
          id: 'a',
          publishedAt: 1_764_000_000_000,
          platform: 'x',
          composer: 'post',
          label: 'helpful',
          confidence: 1,
          chars: 5,
        },
      ],
    });
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([file], 'log.json')] } });
    });
    await waitFor(() =>
      expect(screen.getByTestId('data-message').textContent).toMatch(/^Imported 1 post; none was already/),
    );
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([file], 'log.json')] } });
    });
    await waitFor(() =>
      expect(screen.getByTestId('data-message').textContent).toMatch(/^Imported 0 posts; 1 was already/),
    );
  });

  test('a long import shows its progress, batch by batch, and the data buttons wait for it', async () => {
    const posts = Array.from({ length: BATCH_POSTS + 1 }, (_, i) => ({
      id: `p${i}`,
      publishedAt: 1_764_000_000_000 + i,
      platform: 'x',
      composer: 'post',
      label: 'helpful',
      confidence: 1,
      chars: 5,
    }));
    const release = hold('import-batch', 1);
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File([JSON.stringify({ format: 'post-coach-log', posts })], 'big.json')] },
      });
    });
    const progress = await screen.findByTestId('data-progress');
    await waitFor(() => expect(progress.textContent).toBe('Importing… 10,000 of 10,001 posts'));
    const bar = progress.querySelector('progress') as HTMLProgressElement;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['10000', '10001']);
    expect(input.disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Delete everything…' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await waitFor(() =>
      expect(screen.getByTestId('data-message').textContent).toBe(
        'Imported 10001 posts; none was already in your log.',
      ),
    );
    expect(screen.queryByTestId('data-progress')).toBeNull();
    expect(input.disabled).toBe(false);
    expect((await readState(fakeBrowser.storage.local)).posts).toHaveLength(BATCH_POSTS + 1);
  });

  test('Delete everything shows that it is working until it is done', async () => {
    await fakeBrowser.storage.local.set({
      schemaVersion: 2,
      posts: [
        {
          id: 'a',
          publishedAt: 1_764_000_000_000,
          platform: 'x',
          composer: 'post',
          label: 'helpful',
          confidence: 1,
          chars: 5,
        },
      ],
    });
    const release = hold('clear-log', 0);
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    });
    expect((await screen.findByTestId('data-progress')).textContent).toBe('Deleting everything…');
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId('data-message').textContent).toMatch(/^Deleted 1 post\./));
    expect(screen.queryByTestId('data-progress')).toBeNull();
  });

  test('the file’s settings replace the current ones only when the owner ticks the box', async () => {
    const file = () =>
      new File(
        [
          JSON.stringify({
            format: 'post-coach-log',
            posts: [],
            settings: { targetShare: 0.2, targetPreset: 'eighty-twenty', brandTerms: ['Crumb'] },
          }),
        ],
        's.json',
      );
    render(<OptionsApp area={fakeBrowser.storage.local} />);
    const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [file()] } });
    });
    await waitFor(() =>
      expect(screen.getByTestId('data-message').textContent).toMatch(/settings in the file were not applied/),
    );
    expect((await settings()).targetShare).toBe(0.1);
    fireEvent.click(screen.getByTestId('import-settings'));
    await act(async () => {
      fireEvent.change(input, { target: { files: [file()] } });
    });
    await waitFor(() => expect(screen.getByTestId('data-message').textContent).toMatch(/Your settings were replaced/));
    expect(await settings()).toMatchObject({ targetShare: 0.2, targetPreset: 'eighty-twenty', brandTerms: ['Crumb'] });
    expect((await screen.findByTestId('current-target')).textContent).toMatch(/20%/);
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
