/** The 30-day promotional share against the target: the one number that matters, at a glance. */

import { formatRatio, formatShare } from '@/lib/stats/ratio';
import type { Summary } from '@/lib/stats/summary';

export function ShareGauge({ summary, target }: { summary: Summary; target: number }) {
  const { window, share, onTarget } = summary;
  const percent = Math.round(share * 100);
  return (
    <section className={`gauge ${onTarget ? 'on-target' : 'over-target'}`} aria-labelledby="gauge-title">
      <h2 id="gauge-title">Last 30 days</h2>
      <p className="share-line">
        <span className="share" data-testid="promo-share">
          {formatShare(share)}
        </span>{' '}
        promotional · target ≤ <span data-testid="target-share">{formatShare(target)}</span>
      </p>
      <meter
        className="visually-hidden"
        min={0}
        max={100}
        value={percent}
        aria-label={`${percent}% of your posts were promotional; your target is ${formatShare(target)} or less`}
      />
      <div className="bar" aria-hidden="true">
        <div className="fill" style={{ width: `${Math.min(100, percent)}%` }} />
        <div className="target" style={{ left: `${Math.min(100, target * 100)}%` }} />
      </div>
      <p className="verdict">
        {onTarget
          ? 'On target: you talk with people more than you sell to them.'
          : 'Over target: mix in tips and conversations.'}
      </p>
      <dl className="counts">
        <div>
          <dt>Posts</dt>
          <dd data-testid="post-count">{window.total}</dd>
        </div>
        <div>
          <dt>Ratio</dt>
          <dd title="one promotional post for every N others">{formatRatio(window)}</dd>
        </div>
        <div className="salesy">
          <dt>Salesy</dt>
          <dd>{window.salesy}</dd>
        </div>
        <div className="conversational">
          <dt>Conversational</dt>
          <dd>{window.conversational}</dd>
        </div>
        <div className="helpful">
          <dt>Helpful</dt>
          <dd>{window.helpful}</dd>
        </div>
      </dl>
    </section>
  );
}
