/**
 * The last 20 logged posts; the owner can correct a label, and corrections count everywhere.
 * The first few are shown, the rest one click away, so the numbers above stay in view.
 */
import { useState } from 'react';
import { LABELS, type Label } from '@/lib/classifier/types';
import { PLATFORM_NAMES } from '@/lib/domain';
import { effectiveLabel } from '@/lib/stats/ratio';
import type { PostRecord } from '@/lib/storage/schema';
import { closeCallNote } from '@/lib/words';
import { RECENT_SHOWN } from './store';

const FIRST_SHOWN = 5;

/**
 * Excerpts are 140 characters when logged, but an imported file can hold anything: a very long
 * unbroken one would take seconds to lay out, and two lines are all the row shows.
 */
const shown = (excerpt: string) => (excerpt.length > 280 ? `${excerpt.slice(0, 280)}…` : excerpt);

function formatTime(instant: number, now = Date.now()): string {
  const sameYear = new Date(instant).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
}

export function RecentPosts({
  posts,
  onCorrect,
}: {
  /** Oldest first, as the store keeps them. */
  posts: readonly PostRecord[];
  onCorrect(post: PostRecord, label: Label): void;
}) {
  const [expanded, setExpanded] = useState(false);
  const recent = posts.slice(-RECENT_SHOWN).reverse();
  if (recent.length === 0) return null;
  const shown = expanded ? recent : recent.slice(0, FIRST_SHOWN);
  const hidden = recent.length - shown.length;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent posts</h2>
      <p className="hint">Wrong label? Pick the right one: every number above follows your choice.</p>
      <ol id="recent-list">
        {shown.map((post) => (
          <RecentPost key={post.id} post={post} onCorrect={onCorrect} />
        ))}
      </ol>
      {hidden > 0 || expanded ? (
        <button
          type="button"
          className="more"
          aria-expanded={expanded}
          aria-controls="recent-list"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      ) : null}
    </section>
  );
}

function RecentPost({ post, onCorrect }: { post: PostRecord; onCorrect(post: PostRecord, label: Label): void }) {
  const counted = effectiveLabel(post);
  const selectId = `label-${post.id}`;
  return (
    <li data-testid="recent-post" data-label={counted} className={counted}>
      <div className="meta">
        <span className="platform">{PLATFORM_NAMES[post.platform]}</span>
        {post.composer === 'post' ? '' : ` · ${post.composer}`} ·{' '}
        <time dateTime={new Date(post.publishedAt).toISOString()}>{formatTime(post.publishedAt)}</time>
      </div>
      {/* Rendered as text: React escapes it; an excerpt is never HTML. */}
      <p
        className={post.excerpt === undefined ? 'excerpt none' : 'excerpt'}
        title={post.excerpt && shown(post.excerpt)}
      >
        {post.excerpt === undefined ? `Text not kept (${post.chars} characters)` : shown(post.excerpt)}
      </p>
      <div className="label-row">
        <label htmlFor={selectId}>Counts as</label>
        <select
          id={selectId}
          value={counted}
          onChange={(event) => onCorrect(post, event.target.value as Label)}
          data-testid="label-select"
        >
          {LABELS.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
        {post.correctedLabel ? (
          <span className="corrected" data-testid="corrected">
            ✎ corrected by you (was {post.label})
          </span>
        ) : post.call === 'pending' && post.scores ? (
          // Until the owner says, it counts by the model's probability (lib/stats/estimate.ts).
          <span className="corrected" data-testid="counted-by-guess">
            counts as {Math.round(post.scores.salesy * 100)}% salesy until you pick
          </span>
        ) : post.scores && firstChoice(post.scores) !== post.label ? (
          <span className="corrected" data-testid="close-call">
            {closeCallNote(post.label, firstChoice(post.scores))}
          </span>
        ) : null}
      </div>
    </li>
  );
}

/** The label the model scored highest: where the counted one differs, the post was a close call. */
function firstChoice(scores: Readonly<Record<Label, number>>): Label {
  return LABELS.reduce((best, label) => (scores[label] > scores[best] ? label : best));
}
