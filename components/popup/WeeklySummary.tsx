/** This week against last week, the eight-week chart, the streak, one thing to do, per platform. */
import { PLATFORM_NAMES, PLATFORMS } from '@/lib/domain';
import { plural } from '@/lib/plural';
import { formatShare, promoShare } from '@/lib/stats/ratio';
import type { Summary, WeekSummary } from '@/lib/stats/summary';
import { capitalised, labelWord, SHARE_NAME, SOCIAL } from '@/lib/words';
import { WeeklyChart } from './WeeklyChart';

/** `judged` is false for a new owner's first few posts: the weeks show counts, not on/over target. */
export function WeeklySummary({ summary, target, judged }: { summary: Summary; target: number; judged: boolean }) {
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
          <dd data-testid="this-week">{describeWeek(thisWeek, target, judged)}</dd>
        </div>
        <div>
          <dt>Last week</dt>
          <dd data-testid="last-week">{describeWeek(lastWeek, target, judged)}</dd>
        </div>
      </dl>
      <WeeklyChart weeks={weeks} target={target} judged={judged} />
      {judged ? (
        <p data-testid="streak">
          {summary.streak > 0
            ? `${plural(summary.streak, 'week', 'weeks')} on target in a row.`
            : 'No on-target week in a row yet.'}
          {summary.dragging ? ` ${PLATFORM_NAMES[summary.dragging]} has your highest ${SHARE_NAME}.` : ''}
        </p>
      ) : null}
      <table className="platforms">
        <caption>Last 30 days by platform</caption>
        <thead>
          <tr>
            <th scope="col">Platform</th>
            <th scope="col">Posts</th>
            <th scope="col">{capitalised(SHARE_NAME)}</th>
          </tr>
        </thead>
        <tbody>
          {PLATFORMS.map((p) => {
            const counts = summary.byPlatform[p];
            const share = promoShare(counts);
            return (
              <tr key={p} className={judged && counts.total && share > target ? 'over' : ''}>
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

function describeWeek(week: WeekSummary, target: number, judged: boolean): string {
  const { total, salesy } = week.counts;
  if (total === 0) return 'no posts';
  const counts = `${salesy} ${labelWord('salesy')} / ${total - salesy} ${SOCIAL} · ${formatShare(week.share)}`;
  if (!judged) return counts;
  return `${counts} (${week.share > target ? 'over target' : 'on target'})`;
}
