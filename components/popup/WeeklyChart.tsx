/**
 * Eight weeks as stacked bars (posts per label) with each week's promotional share above its bar,
 * for all platforms or one. Plain SVG: no chart library for eight bars.
 */
import type { Platform } from '@/lib/messages';
import { formatShare, type MixCounts, promoShare } from '@/lib/stats/ratio';
import type { WeekSummary } from '@/lib/stats/summary';
import { type ChartFilter, usePopup } from './store';

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };
const FILTERS: Array<[ChartFilter, string]> = [
  ['all', 'All'],
  ...(Object.entries(PLATFORM_NAMES) as Array<[Platform, string]>),
];
/** Bottom to top: the social labels carry the bar, the promotional slice sits on top. */
const STACK = ['helpful', 'conversational', 'salesy'] as const;
const SLOT = 41;
const BAR = 26;
const TOP = 14;
const BARS = 64;

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** "23 Nov" for a week starting 2026-11-23 (a calendar date, so formatted in UTC). */
export const weekLabel = (start: string) => dayMonth.format(Date.parse(`${start}T00:00:00Z`));

export function WeeklyChart({ weeks, target }: { weeks: readonly WeekSummary[]; target: number }) {
  const { chartFilter, setChartFilter } = usePopup();
  const countsOf = (w: WeekSummary): MixCounts => (chartFilter === 'all' ? w.counts : w.byPlatform[chartFilter]);
  const max = Math.max(1, ...weeks.map((w) => countsOf(w).total));
  const name = chartFilter === 'all' ? 'all platforms' : PLATFORM_NAMES[chartFilter];
  const description = weeks
    .map((w) => {
      const c = countsOf(w);
      return `Week of ${weekLabel(w.start)}: ${c.total} posts${c.total ? `, ${formatShare(promoShare(c))} promotional` : ''}`;
    })
    .join('. ');
  return (
    <div className="weekly-chart">
      <fieldset className="filters">
        <legend className="visually-hidden">Show the chart for</legend>
        {FILTERS.map(([id, label]) => (
          <label key={id} className={chartFilter === id ? 'chosen' : ''}>
            <input
              type="radio"
              name="chart-filter"
              value={id}
              checked={chartFilter === id}
              onChange={() => setChartFilter(id)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <svg
        className="chart"
        viewBox={`0 0 ${weeks.length * SLOT} ${TOP + BARS + 14}`}
        role="img"
        aria-label={`Posts per week, last eight weeks, ${name}. ${description}.`}
        data-testid="weekly-chart"
      >
        <line className="base" x1={0} x2={weeks.length * SLOT} y1={TOP + BARS + 0.5} y2={TOP + BARS + 0.5} />
        {weeks.map((week, i) => {
          const counts = countsOf(week);
          const share = promoShare(counts);
          let y = TOP + BARS;
          return (
            <g key={week.start} transform={`translate(${i * SLOT + (SLOT - BAR) / 2},0)`}>
              {STACK.map((label) => {
                const h = (counts[label] / max) * BARS;
                y -= h;
                return h > 0 ? <rect key={label} className={label} x={0} y={y} width={BAR} height={h} /> : null;
              })}
              <text
                x={BAR / 2}
                y={Math.max(10, y - 3)}
                textAnchor="middle"
                className={counts.total === 0 ? 'none' : share > target ? 'over' : 'ok'}
              >
                {counts.total ? formatShare(share) : ''}
              </text>
              <text x={BAR / 2} y={TOP + BARS + 12} textAnchor="middle" className={i === weeks.length - 1 ? 'now' : ''}>
                {i === weeks.length - 1 ? 'This wk' : weekLabel(week.start)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="legend" aria-hidden="true">
        <span className="key salesy" /> salesy <span className="key conversational" /> conversational{' '}
        <span className="key helpful" /> helpful · % above a bar = promotional share
      </p>
    </div>
  );
}
