/**
 * The browser lets the owner take Post Coach's access to a site away (Firefox's add-on
 * permissions, Chrome's "site access"); some Firefox versions never grant it at install. Without
 * it nothing is coached or logged there, and the popup would look merely empty. So the popup and
 * the options page say so, for the sites the owner has on, and ask again with one click.
 */
import { useEffect, useState } from 'react';
import type { Platform } from '@/lib/domain';
import { PLATFORM_NAMES } from '@/lib/domain';
import { SITE_MATCHES } from '@/lib/sites/matches';

type Listener = () => void;
/** The part of browser.permissions used here, so tests can hand in a fake. */
export interface SitePermissions {
  contains(query: { origins: string[] }): Promise<boolean>;
  request(query: { origins: string[] }): Promise<boolean>;
  onAdded?: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
  onRemoved?: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
}

const PLATFORMS = Object.keys(SITE_MATCHES) as Platform[];
const originsOf = (platforms: readonly Platform[]) => platforms.flatMap((p) => [...SITE_MATCHES[p]]);
const listOf = (platforms: readonly Platform[]) => {
  const names = platforms.map((p) => PLATFORM_NAMES[p]);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** A browser that cannot say (an old API, a test double) is taken as granting: no false alarm. */
async function granted(permissions: SitePermissions, platform: Platform): Promise<boolean> {
  try {
    return await permissions.contains({ origins: originsOf([platform]) });
  } catch {
    return true;
  }
}

/** Follow grants made elsewhere (the browser's own settings); a browser without the events is not followed. */
function listen(event: SitePermissions['onAdded'], cb: Listener): () => void {
  try {
    event?.addListener(cb);
    return () => event?.removeListener(cb);
  } catch {
    return () => {};
  }
}

export function SiteAccess({
  enabled,
  permissions = browser.permissions as SitePermissions,
}: {
  enabled: Readonly<Record<Platform, boolean>>;
  permissions?: SitePermissions;
}) {
  const [missing, setMissing] = useState<Platform[]>([]);
  // Whether the first permission check has answered: until then "nothing missing" is only a guess.
  const [checked, setChecked] = useState(false);
  const [answer, setAnswer] = useState<'granted' | 'refused' | undefined>();
  const wanted = PLATFORMS.filter((p) => enabled[p]).join(',');

  useEffect(() => {
    let live = true;
    const check = () => {
      const platforms = wanted ? (wanted.split(',') as Platform[]) : [];
      void Promise.all(platforms.map((p) => granted(permissions, p))).then((results) => {
        if (!live) return;
        setMissing(platforms.filter((_, i) => !results[i]));
        setChecked(true);
      });
    };
    check();
    const stops = [permissions.onAdded, permissions.onRemoved].map((event) => listen(event, check));
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, [wanted, permissions]);

  // The request must start in the click itself (a user gesture): nothing awaited before it.
  const ask = () => {
    permissions
      .request({ origins: originsOf(missing) })
      .then((ok) => setAnswer(ok ? 'granted' : 'refused'))
      .catch(() => setAnswer('refused'));
  };

  if (missing.length === 0) {
    return answer === 'granted' ? (
      <p className="state ok" role="status" data-testid="site-access-granted">
        Allowed. Reload any X, LinkedIn or Facebook tab you have open to start coaching there.
      </p>
    ) : checked ? (
      // Nothing to say, but say that it was checked, so tests wait for the answer instead of a time.
      <span hidden data-testid="site-access-checked" />
    ) : null;
  }
  const names = listOf(missing);
  return (
    <section className="state warn site-access" role="status" data-testid="site-access">
      <p>
        Post Coach is not allowed on {names}, so it cannot coach or log your posts there. Everything still stays on your
        device.
      </p>
      <button type="button" onClick={ask}>
        Allow on {names}
      </button>
      {answer === 'refused' ? (
        <p>Not allowed. You can allow it later here, or in your browser's extension settings.</p>
      ) : null}
    </section>
  );
}
