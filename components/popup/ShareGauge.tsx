/** The 30-day promotional share (lib/words.ts) against the target: the one number that matters, at a glance. */

import { plural } from '@/lib/plural';
import type { ShareEstimate } from '@/lib/stats/estimate';
import { describeRatio, formatRatio, formatShare } from '@/lib/stats/ratio';
import { enoughToJudge, type Summary } from '@/lib/stats/summary';
import { LABEL_WORDS, labelWord, SHARE_AFTER_FIGURE } from '@/lib/words';
import { FirstPosts } from './FirstPosts';

/** While answers are pending the share is an expectation: say so, and how far answers could move it. */
export function estimateNote({ pending, low, high }: ShareEstimate): string | undefined {
  if (pending === 0) return undefined;
  const range = formatShare(low) === formatShare(high) ? formatShare(low) : `${formatShare(low)}–${formatShare(high)}`;
  return `An estimate: ${plural(pending, 'post is', 'posts are')} counted by Post Coach's guess until you say what ${pending === 1 ? 'it was' : 'they were'}, so the share could be ${range}.`;
}

function verdict(empty: boolean, windowTotal: number, onTarget: boolean): string {
  if (empty) return 'Nothing to measure yet.';
  if (windowTotal === 0) return 'No posts in the last 30 days.';
  return onTarget
    ? 'On target: you talk with people more than you sell to them.'
    : 'Over target: mix in tips and conversations.';
}

export function ShareGauge({ summary, target, empty }: { summary: Summary; target: number; empty: boolean }) {
  const { window, share, onTarget, estimate } = summary;
  const note = estimateNote(estimate);
  // The ratio follows the share: while answers are pending, by the expected number of salesy posts.
  const ratioCounts = note ? { ...window, salesy: share * window.total } : window;
  const percent = Math.round(share * 100);
  // A new owner's first few posts get progress, not a verdict: one salesy post in five is not a habit.
  const state =
    empty || window.total === 0
      ? 'no-data'
      : !enoughToJudge(window)
        ? 'first-posts'
        : onTarget
          ? 'on-target'
          : 'over-target';
  return (
    <section className={`gauge ${state}`} aria-labelledby="gauge-title" data-state={state}>
      <h2 id="gauge-title">Last 30 days</h2>
      <p className="share-line">
        {note ? <span className="about">about </span> : null}
        <span className="share" data-testid="promo-share">
          {state === 'no-data' ? '–' : formatShare(share)}
        </span>{' '}
        {SHARE_AFTER_FIGURE} · target ≤ <span data-testid="target-share">{formatShare(target)}</span>
      </p>
      {note ? (
        <p className="estimate" data-testid="share-estimate">
          {note}
        </p>
      ) : null}
      <meter
        className="visually-hidden"
        min={0}
        max={100}
        low={Math.round(target * 100)}
        optimum={0}
        value={percent}
        aria-label={
          state === 'no-data'
            ? `No posts to measure yet; your target is ${formatShare(target)} or less`
            : `${note ? 'About ' : ''}${percent}% of your posts were ${labelWord('salesy')}; your target is ${formatShare(target)} or less`
        }
      />
      {state === 'first-posts' ? (
        <FirstPosts window={window} />
      ) : (
        <>
          <div className="bar" aria-hidden="true">
            <div className="fill" style={{ width: `${Math.min(100, percent)}%` }} />
            <div className="target" style={{ left: `${Math.min(100, target * 100)}%` }} title="your target" />
          </div>
          <p className="verdict">{verdict(empty, window.total, onTarget)}</p>
        </>
      )}
      <dl className="counts">
        <div>
          <dt>Posts</dt>
          <dd data-testid="post-count">{window.total}</dd>
        </div>
        <div>
          <dt>Ratio</dt>
          <dd data-testid="ratio" aria-describedby={window.total > 0 ? 'ratio-words' : undefined}>
            {formatRatio(ratioCounts)}
          </dd>
        </div>
        <div className="salesy">
          <dt>{LABEL_WORDS.salesy.name}</dt>
          <dd>{window.salesy}</dd>
        </div>
        <div className="conversational">
          <dt>{LABEL_WORDS.conversational.name}</dt>
          <dd>{window.conversational}</dd>
        </div>
        <div className="helpful">
          <dt>{LABEL_WORDS.helpful.name}</dt>
          <dd>{window.helpful}</dd>
        </div>
      </dl>
      {window.total > 0 ? (
        <p className="ratio-words" id="ratio-words" data-testid="ratio-words">
          {note ? 'Ratio, estimated' : 'Ratio'}: {describeRatio(ratioCounts)}
        </p>
      ) : null}
    </section>
  );
}
