/**
 * Eight weeks as stacked bars (posts per label) on a count axis, for all platforms or one. The
 * promotional slice sits at the bottom of each bar with the target marked across it, so "too much
 * promotion" reads as orange rising above the mark. Hovering or focusing a week (one Tab stop, then
 * the arrow keys) shows its numbers in words. Plain SVG: no chart library for eight bars.
 */
import { useRef, useState } from 'react';
import { PLATFORM_NAMES } from '@/lib/domain';
import { formatShare, type MixCounts, promoShare } from '@/lib/stats/ratio';
import type { WeekSummary } from '@/lib/stats/summary';
import { labelWord, SHARE_NAME } from '@/lib/words';
import { ChartFilters } from './ChartFilters';
import { countTicks, describeChartWeek, weekSentence } from './chart-scale';
import { usePopup } from './store';

/** The popup's other parts import the platform names from here, as before the filter had a file. */

/** Bottom to top: the promotional slice first, so the target mark measures it from the baseline. */
const STACK = ['salesy', 'conversational', 'helpful'] as const;
/** Geometry in viewBox units, about one CSS pixel each at the popup's 332 px content width. */
const AXIS = 24;
const SLOT = 38;
const BAR = 24;
const TOP = 16;
const BARS = 84;
const BASE = TOP + BARS;
const HEIGHT = BASE + 28;

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** "23 Nov" for a week starting 2026-11-23 (a calendar date, so formatted in UTC). */
export const weekLabel = (start: string) => dayMonth.format(Date.parse(`${start}T00:00:00Z`));

export function WeeklyChart({
  weeks,
  target,
  judged = true,
}: {
  weeks: readonly WeekSummary[];
  target: number;
  /** False for a new owner's first few posts: the readout gives shares, not "over target". */
  judged?: boolean;
}) {
  const { chartFilter } = usePopup();
  const current = weeks.length - 1;
  // The week the readout shows: hovered or focused, else this week (the one the owner can still change).
  const [shown, setShown] = useState<number | null>(null);
  // The one week in the Tab order (roving tabindex): Tab reaches the chart once, arrows move inside.
  const [tabStop, setTabStop] = useState(current);
  const weekRefs = useRef<Array<SVGGElement | null>>([]);

  const countsOf = (w: WeekSummary): MixCounts => (chartFilter === 'all' ? w.counts : w.byPlatform[chartFilter]);
  const wordsOf = (i: number) => {
    const week = weeks[i] as WeekSummary;
    return describeChartWeek(countsOf(week), target, weekLabel(week.start), i === current, judged);
  };
  const ticks = countTicks(Math.max(0, ...weeks.map((w) => countsOf(w).total)));
  const perPost = BARS / (ticks.at(-1) ?? 1);
  const width = AXIS + weeks.length * SLOT;
  const name = chartFilter === 'all' ? 'all platforms' : PLATFORM_NAMES[chartFilter];
  const readout = wordsOf(Math.min(shown ?? tabStop, current));

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(current, i));
    setTabStop(next);
    weekRefs.current[next]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: tabStop - 1, ArrowRight: tabStop + 1, Home: 0, End: current };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  return (
    <figure className="weekly-chart" aria-labelledby="chart-title">
      <div className="chart-head">
        <h3 id="chart-title">Posts per week</h3>
        <ChartFilters />
      </div>
      <p className="chart-readout" aria-hidden="true" data-testid="chart-readout">
        <strong>{readout.title}</strong> · {readout.counts}
        {readout.verdict ? <span className="verdict"> · {readout.verdict}</span> : null}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role group names the weeks inside. */}
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="group"
        aria-label={`Posts per week over the last eight weeks, ${name}. Left and right arrow keys move between weeks.`}
        data-testid="weekly-chart"
        onKeyDown={onKeyDown}
      >
        {ticks.map((tick) => {
          const y = BASE - tick * perPost + 0.5;
          return (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an axis <g> takes no focus; each week's label already says its counts.
            <g key={tick} className="tick" aria-hidden="true">
              <line className={tick === 0 ? 'base' : 'grid'} x1={AXIS - 3} x2={width} y1={y} y2={y} />
              <text x={AXIS - 6} y={y + 3} textAnchor="end">
                {tick}
              </text>
            </g>
          );
        })}
        {weeks.map((week, i) => {
          const counts = countsOf(week);
          const soFar = i === current;
          let y = BASE;
          const targetY = BASE - counts.total * target * perPost;
          return (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a week is focusable only to read its numbers, which role img and its label give.
            <g
              key={week.start}
              ref={(el) => {
                weekRefs.current[i] = el;
              }}
              className={`week${shown === i ? ' active' : ''}${soFar ? ' so-far' : ''}`}
              transform={`translate(${AXIS + i * SLOT},0)`}
              role="img"
              aria-label={weekSentence(wordsOf(i))}
              tabIndex={i === tabStop ? 0 : -1}
              data-testid="chart-week"
              onMouseEnter={() => setShown(i)}
              onMouseLeave={() => setShown(null)}
              onFocus={() => {
                setTabStop(i);
                setShown(i);
              }}
              onBlur={() => setShown(null)}
            >
              <rect className="ring" x={2} y={2} width={SLOT - 4} height={HEIGHT - 4} rx={4} />
              <g transform={`translate(${(SLOT - BAR) / 2},0)`}>
                {STACK.map((label) => {
                  const h = counts[label] * perPost;
                  y -= h;
                  return h > 0 ? <rect key={label} className={label} x={0} y={y} width={BAR} height={h} /> : null;
                })}
                {counts.total > 0 ? <line className="target" x1={-3} x2={BAR + 3} y1={targetY} y2={targetY} /> : null}
                <text
                  x={BAR / 2}
                  y={Math.max(10, y - 3)}
                  textAnchor="middle"
                  className={
                    counts.total === 0 ? 'none' : !judged ? 'share' : promoShare(counts) > target ? 'over' : 'ok'
                  }
                >
                  {counts.total ? formatShare(promoShare(counts)) : ''}
                </text>
                <text x={BAR / 2} y={BASE + 12} textAnchor="middle" className={soFar ? 'now' : ''}>
                  {weekLabel(week.start)}
                </text>
                {soFar ? (
                  <text x={BAR / 2} y={BASE + 23} textAnchor="middle" className="now">
                    so far
                  </text>
                ) : null}
              </g>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        <li>
          <span className="key salesy" /> {labelWord('salesy')}
        </li>
        <li>
          <span className="key conversational" /> {labelWord('conversational')}
        </li>
        <li>
          <span className="key helpful" /> {labelWord('helpful')}
        </li>
        <li>
          <span className="key target" /> your {formatShare(target)} target: {labelWord('salesy')} below the mark is
          within it
        </li>
        <li>
          <span className="key so-far" /> this week, still counting
        </li>
        <li>% above a bar: that week’s {SHARE_NAME}</li>
      </ul>
    </figure>
  );
}
