import { ValidationError } from '../errors/index.js';
import type { Correction, LedgerEvent, Retraction } from '../events/index.js';
import { isLive, killsTarget } from '../rules/index.js';

/** A retraction or correction: an event that can kill its target. */
type Killer = Retraction | Correction;

// Appends refuse loops, but a stream that never went through a ledger may hold one: name it, don't recurse forever.
const VISITING = 'visiting';

/**
 * The stream fold's form of liveness (docs/design.md §3.2, `isLive` in src/rules): for one knowledge time,
 * on demand, from the known events that can kill (retractions and corrections, a few percent of a
 * stream). Asked only of the rows a fold picks, so most killers are never looked at. Memory for one fold.
 */
export class StreamLiveness {
  // Most targets have one killer: kept as is, an array only for the few with more.
  readonly #killersOf = new Map<string, Killer | Killer[]>();
  readonly #live = new Map<Killer, boolean | typeof VISITING>();

  /** @param killers the known retractions and corrections of the stream, in any order. */
  constructor(killers: readonly Killer[]) {
    for (const killer of killers) {
      const held = this.#killersOf.get(killer.target);
      if (held === undefined) this.#killersOf.set(killer.target, killer);
      else if (Array.isArray(held)) held.push(killer);
      else this.#killersOf.set(killer.target, [held, killer]);
    }
  }

  /** Whether a live retraction or correction targets this id. Worked out on demand and remembered. */
  isKilled(id: string): boolean {
    const held = this.#killersOf.get(id);
    if (held === undefined) return false;
    return Array.isArray(held) ? held.some((killer) => this.isLiveKiller(killer)) : this.isLiveKiller(held);
  }

  /** Whether a known retraction or correction is itself live (a correction carries its replacement). */
  isLiveKiller(killer: Killer): boolean {
    const state = this.#live.get(killer);
    if (state === VISITING) throw loopError(killer);
    if (state !== undefined) return state;
    this.#live.set(killer, VISITING);
    // Known (only known killers are given) and no carrier (a killer is never a replacement).
    const live = isLive(true, true, this.isKilled(killer.id));
    this.#live.set(killer, live);
    return live;
  }
}

/** Whether an event can kill another. */
export function isKiller(event: LedgerEvent): event is Killer {
  return killsTarget(event.type);
}

function loopError(killer: Killer): ValidationError {
  return new ValidationError([
    {
      code: 'loop',
      path: ['target'],
      message: `'${killer.id}' is retracted or corrected, through '${killer.target}', by itself: a loop`,
      events: [killer.id, killer.target],
      suggestion: 'append the stream to a Ledger, which refuses loops, and fold that',
    },
  ]);
}
