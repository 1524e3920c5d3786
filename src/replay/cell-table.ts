import type { Vocabulary } from '../vocabulary/index.js';

const NONE: readonly string[] = Object.freeze([]);

/**
 * The cells of one stream fold: (party, issue) pairs interned to cell numbers in the order first met,
 * and, with `inherit`, which members a bloc's statement also counts for.
 */
export class CellTable {
  /** The party of each cell. */
  readonly parties: string[] = [];
  /** The issue number of each cell (see `issues`). */
  readonly issueOf: number[] = [];
  /** Issue ids by number. */
  readonly issues: string[] = [];
  readonly #issueIds = new Map<string, number>();
  readonly #cellsOfParty = new Map<string, number[]>();
  readonly #members = new Map<string, readonly string[]>();
  readonly #vocabulary: Vocabulary | undefined;

  /** @param vocabulary the blocs to apply to their members (`inherit`), or none. */
  constructor(vocabulary: Vocabulary | undefined) {
    this.#vocabulary = vocabulary;
    for (const party of vocabulary?.parties ?? []) if (party.members) this.#members.set(party.id, party.members);
  }

  /** How many cells there are. */
  get size(): number {
    return this.parties.length;
  }

  /** The number of an issue id. */
  issue(id: string): number {
    let issue = this.#issueIds.get(id);
    if (issue === undefined) {
      this.#issueIds.set(id, (issue = this.issues.length));
      this.issues.push(id);
    }
    return issue;
  }

  /** The number of the cell (party, issue number). */
  cell(party: string, issue: number): number {
    let row = this.#cellsOfParty.get(party);
    if (row === undefined) this.#cellsOfParty.set(party, (row = []));
    let cell = row[issue];
    if (cell === undefined) {
      row[issue] = cell = this.parties.length;
      this.parties.push(party);
      this.issueOf.push(issue);
    }
    return cell;
  }

  /** The issue id of a cell. */
  issueName(cell: number): string {
    return this.issues[this.issueOf[cell] as number] as string;
  }

  /** With `inherit`: the members a bloc's statement also counts for (none otherwise). */
  membersOf(party: string): readonly string[] {
    // Without `inherit` there are none to look up: spare the lookup per statement.
    return this.#members.size === 0 ? NONE : (this.#members.get(party) ?? NONE);
  }

  /** The lane of a bloc's statement in a member's cell: 1 + the bloc's place among the member's blocs. */
  laneOf(member: string, bloc: string): number {
    return 1 + (this.#vocabulary as Vocabulary).blocsOf(member).indexOf(bloc);
  }

  /** The bloc a row's statement came through in a cell of `member`, or `undefined` for its own. */
  viaOf(member: string, lane: number): string | undefined {
    return lane === 0 ? undefined : (this.#vocabulary as Vocabulary).blocsOf(member)[lane - 1];
  }
}
