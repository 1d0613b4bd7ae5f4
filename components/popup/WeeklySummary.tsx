/** This week against last week, eight weeks as stacked bars, the streak, and one thing to do. */
import type { Platform } from '@/lib/messages';
import { formatShare } from '@/lib/stats/ratio';
import type { Summary, WeekSummary } from '@/lib/stats/summary';

const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };
const LABELS = ['helpful', 'conversational', 'salesy'] as const;
const BAR_W = 26;
const GAP = 8;
const HEIGHT = 70;

export function WeeklySummary({ summary, target }: { summary: Summary; target: number }) {
  const weeks = summary.weeks;
  const thisWeek = weeks[weeks.length - 1] as WeekSummary;
  const lastWeek = weeks[weeks.length - 2] as WeekSummary;
  const max = Math.max(1, ...weeks.map((w) => w.counts.total));
  return (
    <section className="weekly" aria-labelledby="weekly-title">
      <h2 id="weekly-title">This week</h2>
      <p>
        {describeWeek(thisWeek)} · last week {describeWeek(lastWeek)}
      </p>
      <svg
        className="chart"
        width={weeks.length * (BAR_W + GAP)}
        height={HEIGHT + 16}
        role="img"
        aria-label={`Posts per week for eight weeks. ${weeks.map((w) => `Week of ${w.start}: ${w.counts.total} posts, ${formatShare(w.share)} promotional`).join('. ')}`}
      >
        {weeks.map((week, i) => {
          let y = HEIGHT;
          return (
            <g key={week.start} transform={`translate(${i * (BAR_W + GAP)},0)`}>
              {LABELS.map((label) => {
                const h = (week.counts[label] / max) * HEIGHT;
                y -= h;
                return h > 0 ? (
                  <rect key={label} className={label} x={0} y={y} width={BAR_W} height={h} rx={2} />
                ) : null;
              })}
              <text x={BAR_W / 2} y={HEIGHT + 12} textAnchor="middle" className={week.share > target ? 'over' : ''}>
                {week.counts.total ? formatShare(week.share) : '–'}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="legend">
        <span className="key salesy" /> salesy <span className="key conversational" /> conversational{' '}
        <span className="key helpful" /> helpful · % = promotional share
      </p>
      <p>
        {summary.streak > 0
          ? `${summary.streak} ${summary.streak === 1 ? 'week' : 'weeks'} on target in a row.`
          : 'No on-target streak yet.'}
        {summary.dragging ? ` ${PLATFORM_NAMES[summary.dragging]} drags the mix most.` : ''}
      </p>
      <p className="advice">
        <strong>This week:</strong> {summary.advice}
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
          {(Object.keys(PLATFORM_NAMES) as Platform[]).map((p) => {
            const counts = summary.byPlatform[p];
            return (
              <tr key={p}>
                <th scope="row">{PLATFORM_NAMES[p]}</th>
                <td>{counts.total}</td>
                <td>{counts.total ? formatShare(counts.salesy / counts.total) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function describeWeek(week: WeekSummary): string {
  const { total, salesy } = week.counts;
  if (total === 0) return 'no posts';
  return `${salesy} promo / ${total - salesy} social (${formatShare(week.share)})`;
}
