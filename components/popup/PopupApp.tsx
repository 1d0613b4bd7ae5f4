/** The popup: posts waiting for the owner's call, the 30-day share, the weekly summary, the recent posts. */
import { useEffect, useLayoutEffect } from 'react';
import { plural } from '@/lib/plural';
import { msToNextLocalMidnight } from '@/lib/stats/calendar';
import { ownerTimeZone } from '@/lib/stats/locale';
import { enoughToJudge } from '@/lib/stats/summary';
import type { StorageArea } from '@/lib/storage/area';
import { NEWER_LOG } from '@/lib/storage/schema';
import { SiteAccess } from '../SiteAccess';
import { usePaintedSince } from './after-paint';
import { EmptyLog } from './EmptyLog';
import { NeedsCall, postsNeedingCall } from './NeedsCall';
import { RecentPosts } from './RecentPosts';
import { ShareGauge } from './ShareGauge';
import { usePopup } from './store';
import { WeeklySummary } from './WeeklySummary';

export function PopupApp({ area = browser.storage.local }: { area?: StorageArea }) {
  const { status, error, stored, summary, load, correct, answer } = usePopup();
  const restShown = usePaintedSince(status === 'ready');
  // A layout effect starts the read in the first commit, before the "Loading" frame is drawn:
  // the read waits on the browser, so the sooner it is asked for the sooner the share shows.
  useLayoutEffect(() => {
    let midnight: ReturnType<typeof setTimeout> | undefined;
    const reload = () => {
      void load(area);
      // "This week" and the 30 days move on at local midnight, even with no new post.
      clearTimeout(midnight);
      midnight = setTimeout(reload, msToNextLocalMidnight(Date.now(), ownerTimeZone()));
    };
    reload();
    browser.storage.onChanged.addListener(reload);
    return () => {
      clearTimeout(midnight);
      browser.storage.onChanged.removeListener(reload);
    };
  }, [area, load]);
  useEffect(() => {
    // The e2e render-time check reads this mark: first paint with the owner's numbers.
    if (status === 'ready') performance.mark('post-coach:popup-ready');
  }, [status]);

  if (status === 'loading') {
    return (
      <p className="state" role="status">
        Loading your posts…
      </p>
    );
  }
  if (status === 'error' || !stored || !summary) {
    return (
      <p className="state error" role="alert">
        {error ?? 'Something went wrong.'} Close and reopen Post Coach to try again.
      </p>
    );
  }
  const target = stored.settings.targetShare;
  const damaged = stored.quarantine.length;
  return (
    <main>
      <header>
        <h1>Post Coach</h1>
        <a href="/options.html" target="_blank" rel="noreferrer">
          Settings
        </a>
      </header>
      {error ? (
        <p className="state error" role="alert">
          {error}
        </p>
      ) : null}
      {stored.fromNewerVersion ? (
        <p className="state warn" role="status" data-testid="newer-version-note">
          {NEWER_LOG}
        </p>
      ) : null}
      {damaged > 0 && !stored.fromNewerVersion ? (
        <p className="state warn" role="status" data-testid="quarantine-note">
          {plural(damaged, 'damaged record was', 'damaged records were')} set aside and not counted. They are kept, and
          included in a JSON export (Settings → Your data).
        </p>
      ) : null}
      <SiteAccess enabled={stored.settings.sites} />
      <NeedsCall
        posts={postsNeedingCall(stored.posts, stored.waiting)}
        onAnswer={(post, label) => void answer(post, label)}
      />
      <ShareGauge summary={summary} target={target} empty={stored.totalPosts === 0} />
      {stored.totalPosts === 0 ? (
        <EmptyLog target={target} />
      ) : restShown ? (
        <>
          <WeeklySummary summary={summary} target={target} judged={enoughToJudge(summary.window)} />
          <RecentPosts posts={stored.posts} onCorrect={(post, label) => void correct(post, label)} />
        </>
      ) : null}
    </main>
  );
}
