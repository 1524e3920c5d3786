import { addDays, dayStart, monthsBetween } from './days.js';
import { svg } from './dom.js';

/** A linear time axis over whole days, mapped onto a horizontal pixel range. */
export interface Axis {
  /** The first day shown (`YYYY-MM-DD`). */
  readonly first: string;
  /** The last day shown. */
  readonly last: string;
  /** Left edge in SVG units. */
  readonly left: number;
  /** Width in SVG units. */
  readonly width: number;
  /** First millisecond shown. */
  readonly start: number;
  /** First millisecond after the last day shown. */
  readonly end: number;
  /** The x of an instant, clamped to the axis. */
  x(ms: number): number;
}

/**
 * An axis from the start of day `first` to the end of day `last`.
 *
 * @example
 * makeAxis('2025-01-01', '2025-12-31', 0, 365).x(Date.UTC(2025, 6, 2)); //=> 182
 */
export function makeAxis(first: string, last: string, left: number, width: number): Axis {
  const start = dayStart(first);
  const end = dayStart(addDays(last, 1));
  return {
    first,
    last,
    left,
    width,
    start,
    end,
    x: (ms) => left + ((Math.min(Math.max(ms, start), end) - start) / (end - start)) * width,
  };
}

/**
 * Month ticks with labels (a year on each January), spaced so labels do not collide.
 *
 * @example
 * chart.append(monthTicks(axis, 0, 40));
 */
export function monthTicks(axis: Axis, top: number, height: number): SVGElement {
  const group = svg('g', { class: 'ticks' });
  const months = monthsBetween(axis.first, axis.last);
  const step = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(axis.width / 48))));
  months.forEach(({ day, label }, i) => {
    if (i % step !== 0) return;
    const x = axis.x(dayStart(day));
    group.append(svg('line', { x1: x, x2: x, y1: top, y2: top + height }));
    // A label with no room left before the right edge is dropped rather than cut.
    if (x < axis.left + axis.width - 34) group.append(svg('text', { x: x + 2, y: top + 10 }, label));
  });
  return group;
}

/**
 * The vertical line at the end of day `day` (a query "as of day" counts all of it).
 *
 * @example
 * chart.append(dayMarker(axis, '2025-12-31', 0, 120, 'T'));
 */
export function dayMarker(axis: Axis, day: string, top: number, height: number, label: string): SVGElement {
  const x = axis.x(dayStart(addDays(day, 1)));
  return svg(
    'g',
    { class: 'marker' },
    svg('line', { x1: x, x2: x, y1: top, y2: top + height }),
    svg('title', {}, `${label} = ${day}`),
  );
}
