// @vitest-environment happy-dom
/** Site access taken away in the browser: the owner is told which sites, and can allow them again in one click. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { SiteAccess, type SitePermissions } from '@/components/SiteAccess';

const ALL_ON = { x: true, linkedin: true, facebook: true };

/** A browser whose site access can be granted and taken away, with the events that follow. */
function fakePermissions(granted: string[], answer = true) {
  const have = new Set(granted);
  const listeners = new Set<() => void>();
  const requests: string[][] = [];
  const event = {
    addListener: (cb: () => void) => listeners.add(cb),
    removeListener: (cb: () => void) => listeners.delete(cb),
  };
  const permissions: SitePermissions = {
    contains: async ({ origins }) => origins.every((o) => have.has(o)),
    request: async ({ origins }) => {
      requests.push(origins);
      if (answer) for (const o of origins) have.add(o);
      if (answer) for (const cb of listeners) cb();
      return answer;
    },
    onAdded: event,
    onRemoved: event,
  };
  const revoke = (origin: string) => {
    have.delete(origin);
    for (const cb of listeners) cb();
  };
  return { permissions, requests, revoke };
}

afterEach(cleanup);

describe('SiteAccess', () => {
  test('all three sites allowed: nothing shown', async () => {
    const { permissions } = fakePermissions([
      'https://x.com/*',
      'https://twitter.com/*',
      'https://www.linkedin.com/*',
      'https://www.facebook.com/*',
    ]);
    const { container } = render(<SiteAccess enabled={ALL_ON} permissions={permissions} />);
    // The check has answered (a hidden marker), and it found nothing to say.
    await screen.findByTestId('site-access-checked');
    expect(container.textContent).toBe('');
    expect(screen.queryByTestId('site-access')).toBeNull();
  });

  test('access to X and Facebook taken away: both named, one click asks for exactly those, and the note goes', async () => {
    const { permissions, requests } = fakePermissions(['https://www.linkedin.com/*']);
    render(<SiteAccess enabled={ALL_ON} permissions={permissions} />);
    const note = await screen.findByTestId('site-access');
    expect(note.textContent).toMatch(/not allowed on X and Facebook/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on X and Facebook' }));
    await waitFor(() => expect(screen.queryByTestId('site-access')).toBeNull());
    expect(requests).toEqual([['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*']]);
    expect(screen.getByTestId('site-access-granted').textContent).toMatch(/Reload/);
  });

  test('a site the owner turned off in Settings is not asked for', async () => {
    const { permissions } = fakePermissions(['https://www.linkedin.com/*']);
    render(<SiteAccess enabled={{ x: false, linkedin: true, facebook: true }} permissions={permissions} />);
    expect((await screen.findByTestId('site-access')).textContent).toMatch(/not allowed on Facebook,/);
  });

  test('access taken away while the page is open shows at once; a refusal says where to allow it later', async () => {
    const fake = fakePermissions(
      ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*'],
      false,
    );
    render(<SiteAccess enabled={ALL_ON} permissions={fake.permissions} />);
    await act(async () => {});
    expect(screen.queryByTestId('site-access')).toBeNull();
    await act(async () => fake.revoke('https://www.linkedin.com/*'));
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on LinkedIn' }));
    expect(await screen.findByText(/Not allowed\. You can allow it later/)).toBeTruthy();
  });

  test('a browser that cannot answer shows no false alarm', async () => {
    const permissions: SitePermissions = {
      contains: () => Promise.reject(new Error('not implemented')),
      request: async () => false,
    };
    const { container } = render(<SiteAccess enabled={ALL_ON} permissions={permissions} />);
    await act(async () => {});
    expect(container.textContent).toBe('');
  });
});
