import { useEffect } from 'react';
import type { StorageArea } from '@/lib/storage/area';
import { RecentPosts } from './RecentPosts';
import { ShareGauge } from './ShareGauge';
import { usePopup } from './store';
import { WeeklySummary } from './WeeklySummary';

export function PopupApp({ area = browser.storage.local }: { area?: StorageArea }) {
  const { status, error, stored, summary, load, correct } = usePopup();
  useEffect(() => {
    const reload = () => void load(area);
    reload();
    browser.storage.onChanged.addListener(reload);
    return () => browser.storage.onChanged.removeListener(reload);
  }, [area, load]);

  if (status === 'loading') return <p className="state">Loading your posts…</p>;
  if (status === 'error' || !stored || !summary) {
    return (
      <p className="state error" role="alert">
        {error ?? 'Something went wrong.'}
      </p>
    );
  }
  const target = stored.settings.targetShare;
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
      {stored.quarantine.length > 0 ? (
        <p className="state warn" role="status">
          {stored.quarantine.length} damaged {stored.quarantine.length === 1 ? 'record was' : 'records were'} set aside
          and not counted. They are kept, and included in a JSON export.
        </p>
      ) : null}
      <ShareGauge summary={summary} target={target} />
      {stored.posts.length === 0 ? (
        <section className="empty">
          <h2>No posts logged yet</h2>
          <p>
            Write a post on X, LinkedIn or Facebook as usual. Post Coach shows how it reads while you type, and every
            post you publish lands here. Aim for no more than {Math.round(target * 100)}% promotional posts.
          </p>
        </section>
      ) : (
        <>
          <WeeklySummary summary={summary} target={target} />
          <RecentPosts posts={stored.posts} onCorrect={(id, label) => void correct(id, label)} />
        </>
      )}
    </main>
  );
}
