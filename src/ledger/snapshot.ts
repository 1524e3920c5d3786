import type { Cell } from './cell.js';

/**
 * Every cell at one valid time as known at one knowledge time. Computed once, frozen, and
 * unaffected by later appends.
 *
 * @example
 * const snapshot = ledger.at('2025-12-31', { knownAt: '2025-12-07' });
 * snapshot.cell('russia', 'ceasefire-before-settlement')?.stance; //=> 'rejects'
 */
export class Snapshot {
  /** The valid time asked for, as given. */
  readonly at: string;
  /** The knowledge time asked for, as given; `null` for everything recorded. */
  readonly knownAt: string | null;
  /** Whether blocs' statements were applied to their members. */
  readonly inherit: boolean;
  readonly #cells: readonly Cell[];
  // Built on the first lookup: most snapshots are listed or serialised, never looked up by key.
  #byKey: ReadonlyMap<string, Cell> | undefined;

  /** @internal Built by `Ledger.at`. */
  constructor(at: string, knownAt: string | null, inherit: boolean, cells: readonly Cell[]) {
    this.at = at;
    this.knownAt = knownAt;
    this.inherit = inherit;
    this.#cells = Object.freeze([...cells]);
    Object.freeze(this);
  }

  /**
   * One party's position on one issue; `undefined` when unknown (never `neutral`).
   *
   * @example
   * ledger.at('2025-04-30').cell('russia', 'ceasefire-before-settlement')?.stance; //=> 'rejects'
   */
  cell(party: string, issue: string): Cell | undefined {
    this.#byKey ??= new Map(this.#cells.map((cell) => [key(cell.party, cell.issue), cell]));
    return this.#byKey.get(key(party, issue));
  }

  /**
   * A party's positions on every issue it has one on, in issue order.
   *
   * @example
   * ledger.at('2025-12-31').row('ukraine').map((c) => c.issue); //=> ['binding-guarantees', …]
   */
  row(party: string): readonly Cell[] {
    return Object.freeze(this.#cells.filter((cell) => cell.party === party));
  }

  /**
   * Every party's position on one issue, in party order.
   *
   * @example
   * ledger.at('2025-12-31').column('ceasefire-before-settlement').map((c) => `${c.party}:${c.stance}`);
   * //=> ['russia:rejects', 'ukraine:supports', 'united-states:neutral']
   */
  column(issue: string): readonly Cell[] {
    return Object.freeze(this.#cells.filter((cell) => cell.issue === issue));
  }

  /**
   * Every known cell, ordered by party then issue.
   *
   * @example
   * ledger.at('2025-12-31').cells().length; //=> the number of known (party, issue) positions
   */
  cells(): readonly Cell[] {
    return this.#cells;
  }

  /**
   * The snapshot as plain data: `{ at, knownAt, inherit, cells }`. (The CLI's `stances` document is a
   * projection of this: it keeps the contract's fields of each cell.)
   *
   * @example
   * JSON.stringify(ledger.at('2025-12-31', { knownAt: '2025-12-07' })); //=> '{"at":"2025-12-31","knownAt":"2025-12-07","inherit":false,"cells":[…]}'
   */
  toJSON(): { at: string; knownAt: string | null; inherit: boolean; cells: readonly Cell[] } {
    return { at: this.at, knownAt: this.knownAt, inherit: this.inherit, cells: this.#cells };
  }
}

function key(party: string, issue: string): string {
  // U+0000 cannot occur in an id, so the pair is unambiguous.
  return `${party}\u0000${issue}`;
}
