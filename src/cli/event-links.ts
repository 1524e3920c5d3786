import type { Correction, Ledger, LedgerEvent } from '../index.js';
import { isLive, killsTarget } from '../rules/index.js';

/**
 * The links between a ledger's events, read once, for showing one event with everything that refers
 * to it: what targets it, the correction a replacement lives and dies with, and liveness as known now
 * (every event recorded; docs/design.md §3.2).
 *
 * @example
 * const links = eventLinks(await data.ledger());
 * links.live('s.002.ukraine.referendum-on-deal'); //=> false: a coding error, retracted
 */
export interface EventLinks {
  /** The event with this id, a correction's replacement included (as the statement it is). */
  event(id: string): LedgerEvent | undefined;
  /** For a replacement, the correction that carries it. */
  carrierOf(id: string): Correction | undefined;
  /** The corroborations, retractions and corrections that name this id as their target, in append order. */
  targeting(id: string): readonly LedgerEvent[];
  /** Whether the event is live as known now: no live retraction or correction targets it, and for a
   * replacement its correction is live. */
  live(id: string): boolean;
  /** Every id: each event's, then each replacement's. */
  ids(): readonly string[];
}

/**
 * Reads the links of every event of a ledger.
 *
 * @example
 * eventLinks(ledger).targeting('s.001.united-states.deal-within-reach').map((e) => e.type); //=> ['corroboration']
 */
export function eventLinks(ledger: Ledger): EventLinks {
  const events = ledger.events();
  const carriers = new Map<string, Correction>();
  const targeting = new Map<string, LedgerEvent[]>();
  for (const event of events) {
    if (event.type === 'correction') carriers.set(event.replacement.id, event);
    if (event.type !== 'statement') {
      const list = targeting.get(event.target) ?? [];
      list.push(event);
      targeting.set(event.target, list);
    }
  }
  const lives = new Map<string, boolean>();
  // Well founded: a target is never recorded after what refers to it, and appends refuse loops (§5.2).
  const live = (id: string): boolean => {
    const known = lives.get(id);
    if (known !== undefined) return known;
    const carrier = carriers.get(id);
    const killed = (targeting.get(id) ?? []).some((e) => killsTarget(e.type) && live(e.id));
    const answer = isLive(ledger.get(id) !== undefined, carrier === undefined || live(carrier.id), killed);
    lives.set(id, answer);
    return answer;
  };
  return {
    event: (id) => ledger.get(id),
    carrierOf: (id) => carriers.get(id),
    targeting: (id) => targeting.get(id) ?? [],
    live,
    ids: () => [...events.map((e) => e.id), ...carriers.keys()],
  };
}
