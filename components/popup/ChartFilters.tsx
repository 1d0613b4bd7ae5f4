/**
 * Which platform the weekly chart shows. It sits in the chart's own header, beside its title,
 * because it filters only the chart: the week cards and the 30-day figures above always count all.
 */
import type { Platform } from '@/lib/messages';
import { type ChartFilter, usePopup } from './store';

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };
const FILTERS: Array<[ChartFilter, string]> = [
  ['all', 'All'],
  ...(Object.entries(PLATFORM_NAMES) as Array<[Platform, string]>),
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
