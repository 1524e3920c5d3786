import type { IssueDivergence, Ledger } from '../../index.js';
import { parseFuzzyTime } from '../../index.js';
import { addDays, dayOf, dayStart } from './days.js';
import type { ReportData } from './report-data.js';

/** One stretch of days over which an issue's divergence stayed the same. */
export interface DivergenceStretch {
  /** First day of the stretch. */
  readonly from: string;
  /** Last day of the stretch. */
  readonly to: string;
  /** The divergence on those days (every day of the stretch gives this answer). */
  readonly divergence: IssueDivergence;
}

/**
 * Per issue, the stretches of equal divergence over the report's days, as known at K. The answer
 * can change only on a day some statement starts, so the ledger is asked on those days alone.
 *
 * @example
 * divergenceSeries(data, ledger, '2026-01-06').get('ukraine-in-nato')?.at(-1)?.divergence.verdict; //=> 'contested'
 */
export function divergenceSeries(
  data: ReportData,
  ledger: Ledger,
  knownAt: string,
): ReadonlyMap<string, readonly DivergenceStretch[]> {
  const days = new Set<string>([data.first]);
  for (const e of data.events) {
    const statedAt = e.type === 'statement' ? e.statedAt : e.type === 'correction' ? e.replacement.statedAt : undefined;
    if (statedAt === undefined) continue;
    const day = dayOf(parseFuzzyTime(statedAt).start);
    if (day > data.first && day <= data.last) days.add(day);
  }
  const sorted = [...days].sort();
  const series = new Map<string, DivergenceStretch[]>();
  sorted.forEach((day, i) => {
    const to = i + 1 < sorted.length ? addDays(sorted[i + 1] as string, -1) : data.last;
    for (const divergence of ledger.divergence(day, { knownAt })) {
      const list = series.get(divergence.issue) ?? [];
      const previous = list.at(-1);
      if (previous !== undefined && addDays(previous.to, 1) === day && same(previous.divergence, divergence)) {
        list[list.length - 1] = { ...previous, to };
      } else {
        list.push({ from: day, to, divergence });
      }
      series.set(divergence.issue, list);
    }
  });
  return series;
}

/**
 * The stretch holding `day`, if the issue had any divergence then.
 *
 * @example
 * stretchOn(series.get('ukraine-in-nato') ?? [], '2025-12-31')?.divergence.spread; //=> 3
 */
export function stretchOn(stretches: readonly DivergenceStretch[], day: string): DivergenceStretch | undefined {
  const ms = dayStart(day);
  return stretches.find((s) => dayStart(s.from) <= ms && ms <= dayStart(s.to));
}

function same(a: IssueDivergence, b: IssueDivergence): boolean {
  return a.verdict === b.verdict && a.spread === b.spread && JSON.stringify(a.stances) === JSON.stringify(b.stances);
}
