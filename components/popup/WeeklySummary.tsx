/** This week against last week, the eight-week chart, the streak, one thing to do, per platform. */
import { PLATFORM_NAMES, PLATFORMS } from '@/lib/domain';
import { plural } from '@/lib/plural';
import { formatShare, promoShare } from '@/lib/stats/ratio';
import type { Summary, WeekSummary } from '@/lib/stats/summary';
import { WeeklyChart } from './WeeklyChart';

export function WeeklySummary({ summary, target }: { summary: Summary; target: number }) {
  const weeks = summary.weeks;
  const thisWeek = weeks[weeks.length - 1] as WeekSummary;
  const lastWeek = weeks[weeks.length - 2] as WeekSummary;
  return (
    <section className="weekly" aria-labelledby="weekly-title">
      <h2 id="weekly-title">Week by week</h2>
      <p className="advice" data-testid="advice">
        <strong>This week’s one thing:</strong> {summary.advice}
      </p>
      <dl className="compare">
        <div>
          <dt>This week</dt>
          <dd data-testid="this-week">{describeWeek(thisWeek, target)}</dd>
        </div>
        <div>
          <dt>Last week</dt>
          <dd data-testid="last-week">{describeWeek(lastWeek, target)}</dd>
        </div>
      </dl>
      <WeeklyChart weeks={weeks} target={target} />
      <p data-testid="streak">
        {summary.streak > 0
          ? `${plural(summary.streak, 'week', 'weeks')} on target in a row.`
          : 'No on-target week in a row yet.'}
        {summary.dragging ? ` ${PLATFORM_NAMES[summary.dragging]} pulls your mix toward promotion most.` : ''}
      </p>
      <table className="platforms">
        <caption>Last 30 days by platform</caption>
        <thead>
          <tr>
            <th scope="col">Platform</th>
            <th scope="col">Posts</th>
            <th scope="col">Promotional</th>
          </tr>
        </thead>
        <tbody>
          {PLATFORMS.map((p) => {
            const counts = summary.byPlatform[p];
            const share = promoShare(counts);
            return (
              <tr key={p} className={counts.total && share > target ? 'over' : ''}>
                <th scope="row">{PLATFORM_NAMES[p]}</th>
                <td>{counts.total}</td>
                <td>{counts.total ? formatShare(share) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function describeWeek(week: WeekSummary, target: number): string {
  const { total, salesy } = week.counts;
  if (total === 0) return 'no posts';
  const mark = week.share > target ? 'over target' : 'on target';
  return `${salesy} promo / ${total - salesy} social · ${formatShare(week.share)} (${mark})`;
}
