/**
 * The appending rules of docs/design.md §5, checked naively over normalised events: what the reference
 * model predicts an append will do (which events are new, which are no-ops, which rules break).
 */
import type { LedgerEvent, VocabularyData } from '../../src/index.js';
import { canon } from './canon.js';
import { instantOf } from './naive-time.js';
import { itemsOf, liveAt } from './reference-model.js';

/** What the model expects of an append. */
export interface Verdict {
  /** Problem codes the batch must be rejected with (empty: it is accepted). */
  readonly codes: ReadonlySet<string>;
  /** The events the batch adds (already-present identical events left out), in batch order. */
  readonly fresh: readonly LedgerEvent[];
}

/** The ids an event brings: its own, and its replacement's for a correction. */
function idsOf(event: LedgerEvent): Array<[string, unknown]> {
  const own: [string, unknown] = [event.id, event];
  if (event.type !== 'correction') return [own];
  return [own, [event.replacement.id, { ...event.replacement, recordedAt: event.recordedAt }]];
}

/**
 * Checks a batch of normalised events against the events already held.
 *
 * @example
 * judgeAppend([], [retractionOfNothing]).codes.has('unknown-target'); //=> true
 */
export function judgeAppend(
  existing: readonly LedgerEvent[],
  batch: readonly LedgerEvent[],
  vocabulary?: VocabularyData,
): Verdict {
  const codes = new Set<string>();
  const content = new Map<string, string>();
  for (const event of existing) for (const [id, body] of idsOf(event)) content.set(id, canon(body));
  const fresh: LedgerEvent[] = [];
  const freshIds = new Map<string, string>();
  for (const event of batch) {
    const pairs = idsOf(event);
    const [ownId, ownBody] = pairs[0] as [string, unknown];
    const already = content.get(ownId);
    if (already !== undefined && already === canon(ownBody)) continue;
    pairs.forEach(([id, body], n) => {
      const seen = content.get(id) ?? freshIds.get(id);
      // A replacement's id must be new: one id cannot name two entries, even with equal content.
      if (seen !== undefined && (n > 0 || seen !== canon(body))) codes.add('id-conflict');
      freshIds.set(id, canon(body));
    });
    if (!fresh.some((e) => e.id === event.id)) fresh.push(event);
  }
  if (vocabulary !== undefined) checkVocabulary(fresh, vocabulary, codes);

  const all = [...existing, ...fresh];
  const items = itemsOf(all);
  const find = (id: string) => items.find((i) => i.event.id === id);
  for (const event of fresh) {
    if (event.type === 'statement') continue;
    const target = find(event.target);
    if (target === undefined) {
      codes.add('unknown-target');
      continue;
    }
    if ((event.type === 'corroboration' || event.type === 'correction') && target.event.type !== 'statement')
      codes.add('wrong-target-type');
    if (instantOf(event.recordedAt) < target.recorded) codes.add('target-recorded-later');
  }
  if (hasLoop(items)) codes.add('loop');
  if (codes.size === 0 && secondLiveCorrection(all)) codes.add('second-correction');
  return { codes, fresh };
}

function checkVocabulary(events: readonly LedgerEvent[], vocabulary: VocabularyData, codes: Set<string>): void {
  const statements = events.flatMap((e) =>
    e.type === 'statement' ? [e] : e.type === 'correction' ? [e.replacement] : [],
  );
  for (const s of statements) {
    if (s.parties.some((p) => !vocabulary.parties.some((q) => q.id === p))) codes.add('unknown-party');
    const issue = vocabulary.issues.find((i) => i.id === s.issue);
    if (issue === undefined) codes.add('unknown-issue');
    else if (Object.keys(s.terms ?? {}).some((t) => !(issue.terms ?? []).some((d) => d.name === t)))
      codes.add('unknown-term');
  }
}

/** A cycle in "refers to": following targets (and a replacement to its correction) comes back. */
function hasLoop(items: ReturnType<typeof itemsOf>): boolean {
  const next = (id: string): string | undefined => {
    const item = items.find((i) => i.event.id === id);
    if (item === undefined) return undefined;
    const e = item.event;
    return e.type === 'statement' ? item.parent : e.target;
  };
  for (const start of items) {
    let id: string | undefined = start.event.id;
    for (let steps = 0; id !== undefined && steps <= items.length; steps++) {
      id = next(id);
      if (id === start.event.id) return true;
    }
  }
  return false;
}

/** At some knowledge time, a statement has more than one live correction. */
function secondLiveCorrection(events: readonly LedgerEvent[]): boolean {
  const items = itemsOf(events);
  const moments = [...new Set(items.map((i) => i.recorded + 1)), Infinity];
  for (const k of moments) {
    const live = liveAt(items, k);
    const count = new Map<string, number>();
    for (const item of items) {
      const e = item.event;
      if (e.type === 'correction' && live(e.id)) count.set(e.target, (count.get(e.target) ?? 0) + 1);
    }
    if ([...count.values()].some((n) => n > 1)) return true;
  }
  return false;
}
