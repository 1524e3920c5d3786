import { compareIds, type Claim } from './entry.js';
import { Column } from './column.js';
import type { Lane } from './fold.js';

/**
 * Party and issue ids interned to small integers, and one sorted `Column` per (party, issue)
 * that has statements. Appends update it in place; nothing here replays the stream.
 */
export class CellIndex {
  readonly #parties = new Map<string, number>();
  readonly #issues = new Map<string, number>();
  readonly #partyNames: string[] = [];
  readonly #issueNames: string[] = [];
  readonly #columns: (Column | undefined)[][] = [];
  #sortedParties: readonly string[] | undefined;
  #sortedIssues: readonly string[] | undefined;

  /** Files a statement under every party it names. */
  add(claim: Claim): void {
    const issue = this.#intern(this.#issues, this.#issueNames, claim.statement.issue);
    for (const party of claim.statement.parties) {
      const row = (this.#columns[this.#intern(this.#parties, this.#partyNames, party)] ??= []);
      (row[issue] ??= new Column()).insert(claim);
    }
  }

  /**
   * Tells the columns holding a statement that it gained a retraction, correction or corroboration
   * after it was filed (the append's commit calls this), so their packed flags stay true.
   */
  relink(claim: Claim): void {
    for (const party of claim.statement.parties) this.column(party, claim.statement.issue)?.relink(claim);
  }

  /** The column of one (party, issue), if it has statements. */
  column(party: string, issue: string): Column | undefined {
    const p = this.#parties.get(party);
    const i = this.#issues.get(issue);
    return p === undefined || i === undefined ? undefined : this.#columns[p]?.[i];
  }

  /**
   * The lanes a cell draws candidates from: the party's own column, then, with `inherit`,
   * the column of each bloc it belongs to.
   */
  lanes(party: string, issue: string, blocs: readonly string[]): Lane[] {
    const lanes: Lane[] = [];
    const own = this.column(party, issue);
    if (own) lanes.push({ column: own, via: undefined });
    for (const bloc of blocs) {
      const column = this.column(bloc, issue);
      if (column) lanes.push({ column, via: bloc });
    }
    return lanes;
  }

  /** Calls `visit` for every (party, issue) column, in (party, issue) string order. */
  forEachColumn(visit: (party: string, issue: string, column: Column) => void): void {
    const issues = this.issues().map((issue) => this.#issues.get(issue) as number);
    const issueNames = this.#issueNames;
    for (const party of this.parties()) {
      const row = this.#columns[this.#parties.get(party) as number];
      if (!row) continue;
      for (const issue of issues) {
        const column = row[issue];
        if (column !== undefined) visit(party, issueNames[issue] as string, column);
      }
    }
  }

  /** Issue ids with statements by this party, in string order. */
  issuesOf(party: string): string[] {
    const p = this.#parties.get(party);
    const row = p === undefined ? undefined : this.#columns[p];
    if (!row) return [];
    return this.issues().filter((issue) => row[this.#issues.get(issue) as number] !== undefined);
  }

  /** Every party id with statements, in string order. */
  parties(): readonly string[] {
    return (this.#sortedParties ??= Object.freeze([...this.#partyNames].sort(compareIds)));
  }

  /** Every issue id with statements, in string order. */
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
