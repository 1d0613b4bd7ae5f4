import { useEffect, useState } from 'react';
import { countMix, formatShare, inWindow, promoShare } from '@/lib/stats/ratio';
import { readState, type StoredState } from '@/lib/storage/read';

// Minimal slice popup (issue 3); the full popup is issue 6.
export function PopupApp() {
  const [state, setState] = useState<StoredState>();
  useEffect(() => {
    const load = () => void readState(browser.storage.local).then(setState);
    load();
    browser.storage.onChanged.addListener(load);
    return () => browser.storage.onChanged.removeListener(load);
  }, []);
  if (!state) return <p>Loading…</p>;
  const counts = countMix(inWindow(state.posts, Date.now()));
  return (
    <main>
      <p>
        Posts: <span data-testid="post-count">{counts.total}</span>
      </p>
      <p>
        Promotional: <span data-testid="promo-share">{formatShare(promoShare(counts))}</span> (target{' '}
        <span data-testid="target-share">{formatShare(state.settings.targetShare)}</span>)
      </p>
    </main>
  );
}
