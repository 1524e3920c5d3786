import { laneOfBloc, viaOfLane } from '../rules/index.js';
import type { Vocabulary } from '../vocabulary/index.js';

const NONE: readonly string[] = Object.freeze([]);

/**
 * The cells of one stream fold: (party, issue) pairs numbered in the order first met, and, with
 * `inherit`, the members a bloc's statement also counts for and through which lane (docs/design.md §4).
 */
export class CellNumbers {
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
    let ofParty = this.#cellsOfParty.get(party);
    if (ofParty === undefined) this.#cellsOfParty.set(party, (ofParty = []));
    let cell = ofParty[issue];
    if (cell === undefined) {
      ofParty[issue] = cell = this.parties.length;
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

  /** The lane of a bloc's statement in a cell of one of its members. */
  laneOf(member: string, bloc: string): number {
    return laneOfBloc((this.#vocabulary as Vocabulary).blocsOf(member), bloc);
  }

  /** The bloc a row's statement came through in a cell of `party`, or `undefined` for its own. */
  viaOf(party: string, lane: number): string | undefined {
    return viaOfLane(this.#vocabulary?.blocsOf(party) ?? NONE, lane);
  }
}
