/**
 * The reference model's own reading of a raw event, written from docs/design.md §1.4–§1.5 and §2.1 alone
 * (nothing from src/events or src/time): `v` filled in, `recordedAt` written as `YYYY-MM-DDThh:mm:ss.sssZ`,
 * `parties` sorted, a correction's replacement made a statement, and a content id (SHA-256 in lowercase hex
 * of the canonical JSON of the event without `id`, through `node:crypto`) for an event or replacement
 * given without one. It trusts its input to be valid (generated steps and the valid part of a batch), so
 * comparing what the ledger stores with what this reads checks `readEvent` and the ids it derives.
 */
import { createHash } from 'node:crypto';
import type { LedgerEvent } from '../../src/index.js';
import { canon } from './canon.js';
import { instantOf } from './naive-time.js';

/** The event format version an event without `v` is read as (docs/design.md §5.3). */
const VERSION = 1;

/** SHA-256 of the canonical JSON of `content` without its `id` (docs/design.md §1.5). */
function contentIdOf(content: Record<string, unknown>): string {
  const { id: _id, ...rest } = content;
  return createHash('sha256').update(canon(rest), 'utf8').digest('hex');
}

/** Ids compare by UTF-16 code units (docs/design.md §1.5), which is what the default sort does. */
const sorted = (parties: unknown): string[] => [...(parties as string[])].sort();

/**
 * A valid raw event as the ledger stores it.
 *
 * @example
 * naiveRead({ type: 'retraction', target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T01:00+01:00' }).recordedAt;
 * //=> '2025-01-01T00:00:00.000Z'
 */
export function naiveRead(raw: Readonly<Record<string, unknown>>): LedgerEvent {
  const recordedAt = new Date(instantOf(raw['recordedAt'] as string)).toISOString();
  const event: Record<string, unknown> = { ...raw, v: VERSION, recordedAt };
  if (raw['type'] === 'statement') event['parties'] = sorted(raw['parties']);
  if (raw['type'] === 'correction') {
    const given = raw['replacement'] as Record<string, unknown>;
    const replacement: Record<string, unknown> = {
      ...given,
      type: 'statement',
      v: VERSION,
      parties: sorted(given['parties']),
    };
    // A replacement's derived id is that of the same statement recorded on its own at the correction's time.
    replacement['id'] ??= contentIdOf({ ...replacement, recordedAt });
    event['replacement'] = replacement;
  }
  event['id'] ??= contentIdOf(event);
  return event as unknown as LedgerEvent;
}
