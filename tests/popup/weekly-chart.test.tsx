// @vitest-environment happy-dom
/** The weekly chart: its count axis, target marks, the "so far" week, hover/focus values and its filter. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countTicks, describeChartWeek } from '@/components/popup/chart-scale';
import { usePopup } from '@/components/popup/store';
import { WeeklyChart, weekLabel } from '@/components/popup/WeeklyChart';
import type { MixCounts } from '@/lib/stats/ratio';
import type { WeekSummary } from '@/lib/stats/summary';

const mix = (salesy: number, conversational: number, helpful: number): MixCounts => ({
  total: salesy + conversational + helpful,
  salesy,
  conversational,
  helpful,
});
const NONE = mix(0, 0, 0);

/** A week whose posts were all on X, or split as given. */
function week(start: string, all: MixCounts, x: MixCounts = all): WeekSummary {
  return {
    start,
    counts: all,
    share: all.total ? all.salesy / all.total : 0,
    byPlatform: { x, linkedin: NONE, facebook: NONE },
  };
}

const WEEKS: WeekSummary[] = [
  week('2026-10-19', mix(0, 2, 2)),
  week('2026-10-26', mix(1, 2, 2), mix(1, 0, 0)),
  week('2026-11-02', NONE),
  week('2026-11-09', mix(0, 1, 0)),
  week('2026-11-16', mix(2, 3, 4)),
  week('2026-11-23', mix(0, 0, 1)),
  week('2026-11-30', mix(1, 3, 6)),
  week('2026-12-07', mix(1, 1, 0)),
];

beforeEach(() => usePopup.setState({ chartFilter: 'all' }));
afterEach(cleanup);

describe('countTicks', () => {
  test.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [4, [0, 1, 2, 3, 4]],
    [5, [0, 2, 4, 6]],
    [9, [0, 5, 10]],
    [40, [0, 10, 20, 30, 40]],
    [41, [0, 20, 40, 60]],
    [3_000, [0, 1000, 2000, 3000]],
    [12_345, [0, 10_000, 20_000]],
  ])('a tallest bar of %i posts gets the axis %j', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });
});

describe('describeChartWeek', () => {
  test.each([
    [
      mix(1, 2, 2),
      false,
      'Week of 2 Nov: 5 posts: 1 salesy, 2 conversational, 2 helpful',
      '20% promotional, over your 10% target',
    ],
    [
      mix(0, 1, 0),
      false,
      'Week of 2 Nov: 1 post: 0 salesy, 1 conversational, 0 helpful',
      '0% promotional, within your 10% target',
    ],
    [
      mix(1, 4, 4),
      true,
      'This week so far (from 2 Nov): 9 posts: 1 salesy, 4 conversational, 4 helpful',
      '11% promotional, over your 10% target',
    ],
    [NONE, true, 'This week so far (from 2 Nov): No posts', ''],
  ])('%j (so far: %s)', (counts, soFar, words, verdict) => {
    const w = describeChartWeek(counts, 0.1, '2 Nov', soFar);
    expect(`${w.title}: ${w.counts}`).toBe(words);
    expect(w.verdict).toBe(verdict);
  });

  test('a new owner’s week gives its share, not over or within the target', () => {
    expect(describeChartWeek(mix(1, 2, 2), 0.1, '2 Nov', true, false).verdict).toBe('20% promotional');
  });
});

describe('WeeklyChart', () => {
  const weeks = () => screen.getAllByTestId('chart-week');
  const weekAt = (i: number): SVGElement => {
    const found = weeks().at(i) as SVGElement | undefined;
    if (!found) throw new Error(`No week ${i} in the chart.`);
    return found;
  };
  // Dates print in the runner's locale ("16 Nov" or "Nov 16"), as they do for the owner.
  const day = (start: string) => weekLabel(start);
  const renderChart = () => render(<WeeklyChart weeks={WEEKS} target={0.1} />);

  test('the count axis reaches the tallest week, and bars are drawn to its scale', () => {
    const { container } = renderChart();
    const ticks = [...container.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0', '5', '10']);
    // The 10-post week fills the axis; the 5-post week is half as tall.
    const height = (i: number) =>
      [...weekAt(i).querySelectorAll('rect:not(.ring)')].reduce((h, r) => h + Number(r.getAttribute('height')), 0);
    expect(height(6)).toBeCloseTo(2 * height(1));
  });

  test('the target mark sits where the salesy slice would meet the target: over it only when over target', () => {
    renderChart();
    const geometry = (i: number) => {
      const g = weekAt(i);
      const salesy = g.querySelector('rect.salesy');
      return {
        salesyTop: salesy ? Number(salesy.getAttribute('y')) : undefined,
        mark: Number(g.querySelector('line.target')?.getAttribute('y1')),
      };
    };
    // 1 of 5 (20%) rises above a 10% mark; 1 of 10 (10%) meets it exactly; none has no slice at all.
    const over = geometry(1);
    expect(over.salesyTop).toBeLessThan(over.mark);
    const onTarget = geometry(6);
    expect(onTarget.salesyTop).toBeCloseTo(onTarget.mark);
    expect(geometry(0).salesyTop).toBeUndefined();
    // A week with no posts has no mark to meet.
    expect(weekAt(2).querySelector('line.target')).toBeNull();
  });

  test('the current week is marked "so far", in the picture and in its label', () => {
    renderChart();
    const last = weekAt(-1);
    expect(last.getAttribute('class')).toContain('so-far');
    expect(last.textContent).toContain('so far');
    expect(last.getAttribute('aria-label')).toContain(
      `This week so far (from ${day('2026-12-07')}): 2 posts: 1 salesy`,
    );
    expect(weekAt(0).textContent).not.toContain('so far');
    expect(weekAt(0).getAttribute('aria-label')).toBe(
      `Week of ${day('2026-10-19')}: 4 posts: 0 salesy, 2 conversational, 2 helpful, 0% promotional, within your 10% target.`,
    );
  });

  test('one Tab stop; arrow keys, Home and End move between weeks and the readout follows', async () => {
    renderChart();
    const readout = screen.getByTestId('chart-readout');
    expect(readout.textContent).toMatch(/^This week so far/);
    expect(weeks().map((w) => w.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '-1', '-1', '-1', '-1', '0']);
    await act(async () => weekAt(-1).focus());
    await act(async () => {
      fireEvent.keyDown(weekAt(-1), { key: 'ArrowLeft' });
    });
    expect(document.activeElement).toBe(weeks()[6]);
    expect(readout.textContent).toContain(`Week of ${day('2026-11-30')} · 10 posts: 1 salesy`);
    await act(async () => {
      fireEvent.keyDown(weekAt(6), { key: 'Home' });
    });
    expect(document.activeElement).toBe(weeks()[0]);
    expect(
      weeks()
        .map((w) => w.getAttribute('tabindex'))
        .indexOf('0'),
    ).toBe(0);
    await act(async () => {
      fireEvent.keyDown(weekAt(0), { key: 'ArrowLeft' });
    });
    expect(document.activeElement).toBe(weeks()[0]);
    await act(async () => {
      fireEvent.keyDown(weekAt(0), { key: 'End' });
    });
    expect(document.activeElement).toBe(weeks()[7]);
  });

  test('hovering a week shows its numbers; leaving shows this week again', async () => {
    renderChart();
    const readout = screen.getByTestId('chart-readout');
    await act(async () => {
      fireEvent.mouseEnter(weekAt(4));
    });
    expect(readout.textContent).toBe(
      `Week of ${day('2026-11-16')} · 9 posts: 2 salesy, 3 conversational, 4 helpful · 22% promotional, over your 10% target`,
    );
    await act(async () => {
      fireEvent.mouseLeave(weekAt(4));
    });
    expect(readout.textContent).toMatch(/^This week so far/);
  });

  test('the platform filter sits in the chart and redraws it for one platform', async () => {
    renderChart();
    const filter = screen.getByRole('group', { name: 'Show the chart for' });
    expect(filter.closest('figure')).toBe(screen.getByRole('figure', { name: 'Posts per week' }));
    await act(async () => {
      fireEvent.click(screen.getByLabelText('X'));
    });
    expect(screen.getByTestId('weekly-chart').getAttribute('aria-label')).toMatch(/, X\./);
    expect(weekAt(1).getAttribute('aria-label')).toMatch(
      /1 post: 1 salesy, 0 conversational, 0 helpful, 100% promotional/,
    );
  });
});
