import type { MetricUnit } from './bench-results.js';
import type { Summary } from './stats.js';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** One value in its unit, rounded for reading (rates as whole numbers, small durations with decimals). */
export function formatValue(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'req/s':
    case 'jobs/s':
    case 'inst/s':
      return value >= 100 ? grouped.format(value) : value.toFixed(1);
    case 'ms':
      return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : grouped.format(value);
    case 'bytes':
      return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : `${(value / 1e3).toFixed(1)} kB`;
    case 'count':
      return grouped.format(value);
    case 'percent':
      return `${value.toFixed(1)} %`;
    case 'ratio':
      return value.toFixed(2);
  }
}

/** `median (min–max)`, or the single value when the runs do not differ. */
export function formatSummary(summary: Summary, unit: MetricUnit): string {
  const mid = formatValue(summary.median, unit);
  if (summary.runs.length < 2 || summary.min === summary.max) return mid;
  return `${mid} (${formatValue(summary.min, unit)}–${formatValue(summary.max, unit)})`;
}

/** A ratio as `0.91× (0.89–0.93)`. */
export function formatRatio(summary: Summary): string {
  const f = (v: number) => `${v.toFixed(2)}×`;
  if (summary.runs.length < 2 || summary.min === summary.max) return f(summary.median);
  return `${f(summary.median)} (${summary.min.toFixed(2)}–${f(summary.max)})`;
}
