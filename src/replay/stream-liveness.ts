import { ValidationError } from '../errors/index.js';
import type { Correction, LedgerEvent, Retraction } from '../events/index.js';

/** A retraction or correction: an event that can kill its target. */
type Killer = Retraction | Correction;

// Appends refuse loops, but a stream that never went through a ledger may hold one: name it, don't recurse forever.
const VISITING = 'visiting';

/**
 * Liveness (DESIGN.md §2.2) over a stream as known at one knowledge time, worked out from the few
 * events that can kill (retractions and corrections, a few percent of a stream) before the statements
 * are read, so the pass over the statements only asks "is this id dead?".
 */
export class StreamLiveness {
  readonly #killersOf = new Map<string, Killer[]>();
  readonly #live = new Map<Killer, boolean | typeof VISITING>();
  readonly #dead = new Set<string>();

  /** @param killers the known retractions and corrections of the stream, in any order. */
  constructor(killers: readonly Killer[]) {
    for (const killer of killers) {
      const list = this.#killersOf.get(killer.target);
      if (list === undefined) this.#killersOf.set(killer.target, [killer]);
      else list.push(killer);
    }
    for (const [target, list] of this.#killersOf) {
      if (list.some((killer) => this.isLiveKiller(killer))) this.#dead.add(target);
    }
  }

  /** Whether any event is dead at all: when none is, the statement pass skips the check. */
  get anyDead(): boolean {
    return this.#dead.size > 0;
  }

  /** Whether a live retraction or correction targets this id. */
  isKilled(id: string): boolean {
    return this.#dead.has(id);
  }

  /** Whether a known retraction or correction is itself live (a correction carries its replacement). */
  isLiveKiller(killer: Killer): boolean {
    const state = this.#live.get(killer);
    if (state === VISITING) throw loopError(killer);
    if (state !== undefined) return state;
    this.#live.set(killer, VISITING);
    const live = !(this.#killersOf.get(killer.id) ?? []).some((other) => this.isLiveKiller(other));
    this.#live.set(killer, live);
    return live;
  }
}

/** Whether an event can kill another. */
export function isKiller(event: LedgerEvent): event is Killer {
  return event.type === 'retraction' || event.type === 'correction';
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
