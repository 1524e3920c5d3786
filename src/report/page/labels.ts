import type { Terms } from '../../index.js';
import type { ReportTopic } from './report-data.js';
import { parseFuzzyTime } from '../../index.js';
import { addDays, dayOf } from './days.js';

/**
 * A topic's heading: its title, as the vocabulary gives it.
 *
 * @example
 * topicLabel({ id: 'sanctions-economy', title: 'Sanctions and economy' }); //=> 'Sanctions and economy'
 */
export function topicLabel(topic: ReportTopic): string {
  return topic.title;
}

/**
 * Terms as short text.
 *
 * @example
 * termsText({ durationYears: 15 }); //=> 'durationYears: 15'
 */
export function termsText(terms: Terms | undefined): string {
  if (terms === undefined) return '';
  return Object.entries(terms)
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/**
 * How precise a fuzzy time is, in words.
 *
 * @example
 * precisionText('2025-12'); //=> 'to the month'
 * precisionText('2025-12-20/2025-12-31'); //=> 'some time from 2025-12-20 to 2025-12-31'
 */
export function precisionText(statedAt: string): string {
  const time = parseFuzzyTime(statedAt);
  if (time.precision === 'interval') return `some time from ${dayOf(time.start)} to ${addDays(dayOf(time.end), -1)}`;
  return `to the ${time.precision}`;
}
