import { compareIds } from '../rules/index.js';
import { CellStatements } from './cell-statements.js';
import type { Claim } from './entry.js';
import type { Lane } from './lane.js';

/**
 * Every statement filed by (party, issue): party and issue ids interned to small integers, and the
 * sorted {@link CellStatements} of each (party, issue) that has statements. Appends update it in place;
 * nothing here replays the stream.
 */
export class StatementIndex {
  readonly #parties = new Map<string, number>();
  readonly #issues = new Map<string, number>();
  readonly #partyNames: string[] = [];
  readonly #issueNames: string[] = [];
  readonly #statements: (CellStatements | undefined)[][] = [];
  #sortedParties: readonly string[] | undefined;
  #sortedIssues: readonly string[] | undefined;

  /** Files a statement under every party it names. */
  add(claim: Claim): void {
    const issue = this.#intern(this.#issues, this.#issueNames, claim.statement.issue);
    for (const party of claim.statement.parties) {
      const ofParty = (this.#statements[this.#intern(this.#parties, this.#partyNames, party)] ??= []);
      (ofParty[issue] ??= new CellStatements()).insert(claim);
    }
  }

  /**
   * Tells the lists holding a statement that it gained a retraction, correction or corroboration
   * after it was filed (the append's commit calls this), so their packed flags stay true.
   */
  relink(claim: Claim): void {
    for (const party of claim.statement.parties) this.statements(party, claim.statement.issue)?.relink(claim);
  }

  /** The statements of one (party, issue), if it has any. */
  statements(party: string, issue: string): CellStatements | undefined {
    const p = this.#parties.get(party);
    const i = this.#issues.get(issue);
    return p === undefined || i === undefined ? undefined : this.#statements[p]?.[i];
  }

  /**
   * The lanes a cell draws candidates from (docs/design.md §4): the party's own statements, then those
   * of each bloc in `blocs` (the member's blocs in the vocabulary's order; none without `inherit`).
   */
  lanes(party: string, issue: string, blocs: readonly string[]): Lane[] {
    const lanes: Lane[] = [];
    const own = this.statements(party, issue);
    if (own) lanes.push({ statements: own, via: undefined });
    for (const bloc of blocs) {
      const statements = this.statements(bloc, issue);
      if (statements) lanes.push({ statements, via: bloc });
    }
    return lanes;
  }

  /** Calls `visit` for the statements of every (party, issue) that has some, in (party, issue) id order. */
  forEachCell(visit: (party: string, issue: string, statements: CellStatements) => void): void {
    const issues = this.issues().map((issue) => this.#issues.get(issue) as number);
    const issueNames = this.#issueNames;
    for (const party of this.parties()) {
      const ofParty = this.#statements[this.#parties.get(party) as number];
      if (!ofParty) continue;
      for (const issue of issues) {
        const statements = ofParty[issue];
        if (statements !== undefined) visit(party, issueNames[issue] as string, statements);
      }
    }
  }

  /** Issue ids with statements by this party, in id order. */
  issuesOf(party: string): string[] {
    const p = this.#parties.get(party);
    const ofParty = p === undefined ? undefined : this.#statements[p];
    if (!ofParty) return [];
    return this.issues().filter((issue) => ofParty[this.#issues.get(issue) as number] !== undefined);
  }

  /** Every party id with statements, in id order. */
  parties(): readonly string[] {
    return (this.#sortedParties ??= Object.freeze([...this.#partyNames].sort(compareIds)));
  }

  /** Every issue id with statements, in id order. */
  issues(): readonly string[] {
    return (this.#sortedIssues ??= Object.freeze([...this.#issueNames].sort(compareIds)));
  }

  #intern(ids: Map<string, number>, names: string[], id: string): number {
    let n = ids.get(id);
    if (n === undefined) {
      n = names.length;
      ids.set(id, n);
      names.push(id);
      if (ids === this.#parties) this.#sortedParties = undefined;
      else this.#sortedIssues = undefined;
    }
    return n;
  }
}
