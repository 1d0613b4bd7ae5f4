/**
 * Which platform the weekly chart shows. It sits in the chart's own header, beside its title,
 * because it filters only the chart: the week cards and the 30-day figures above always count all.
 */
import { PLATFORM_NAMES, PLATFORMS } from '@/lib/domain';
import { type ChartFilter, usePopup } from './store';

const FILTERS: ReadonlyArray<readonly [ChartFilter, string]> = [
  ['all', 'All'],
  ...PLATFORMS.map((p) => [p, PLATFORM_NAMES[p]] as const),
];

export function ChartFilters() {
  const { chartFilter, setChartFilter } = usePopup();
  return (
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
  );
}
