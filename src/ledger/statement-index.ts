import { compareIds } from '../rules/index.js';
import { CellStatements, type IndexContext } from './cell-statements.js';
import type { Lane } from './lane.js';

/**
 * Every statement row filed under each (party, issue) it counts for, by the table's own party and issue
 * numbers: one {@link CellStatements} per cell with statements. Appends add to it in place once it is
 * built; nothing here replays the events.
 */
export class StatementIndex {
  readonly #context: IndexContext;
  readonly #cells: (CellStatements | undefined)[][] = [];
  #sortedParties: readonly string[] | undefined;
  #sortedIssues: readonly string[] | undefined;
  readonly #partiesWith = new Set<number>();
  readonly #issuesWith = new Set<number>();

  constructor(context: IndexContext) {
    this.#context = context;
  }

  /** Files a statement row under every party it names. */
  add(row: number): void {
    const table = this.#context.table;
    const issue = table.issue[row] as number;
    const first = table.partyStart[row] as number;
    const last = first + (table.partyCount[row] as number);
    if (!this.#issuesWith.has(issue)) {
      this.#issuesWith.add(issue);
      this.#sortedIssues = undefined;
    }
    for (let p = first; p < last; p++) {
      const party = table.partyList[p] as number;
      if (!this.#partiesWith.has(party)) {
        this.#partiesWith.add(party);
        this.#sortedParties = undefined;
      }
      const ofParty = (this.#cells[party] ??= []);
      (ofParty[issue] ??= new CellStatements(this.#context)).insert(row);
    }
  }

  /**
   * Tells the cells holding a statement that it gained a retraction, correction or corroboration after
   * it was filed (the append's commit calls this), so their packed flags stay true.
   */
  relink(row: number): void {
    const table = this.#context.table;
    const issue = table.issue[row] as number;
    const first = table.partyStart[row] as number;
    const last = first + (table.partyCount[row] as number);
    for (let p = first; p < last; p++) this.#cells[table.partyList[p] as number]?.[issue]?.relink(row);
  }

  /** The statements of one (party, issue), if it has any. */
  statements(party: string, issue: string): CellStatements | undefined {
    const table = this.#context.table;
    const p = table.parties.lookup(party);
    const i = table.issues.lookup(issue);
    return p < 0 || i < 0 ? undefined : this.#cells[p]?.[i];
  }

  /**
   * The lanes a cell draws candidates from (docs/design.md §4): the party's own statements, then, with
   * `inherit`, those of each bloc it belongs to, in the order given.
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

  /** Calls `visit` for every cell with statements, in (party, issue) id order. */
  forEachCell(visit: (party: string, issue: string, statements: CellStatements) => void): void {
    const table = this.#context.table;
    const issues = this.issues().map((issue) => table.issues.lookup(issue));
    for (const party of this.parties()) {
      const ofParty = this.#cells[table.parties.lookup(party)];
      if (ofParty === undefined) continue;
      for (const issue of issues) {
        const statements = ofParty[issue];
        if (statements !== undefined) visit(party, table.issues.text(issue), statements);
      }
    }
  }

  /** The issue ids this party has statements on, in id order. */
  issuesOf(party: string): string[] {
    const table = this.#context.table;
    const ofParty = this.#cells[table.parties.lookup(party)];
    if (ofParty === undefined) return [];
    return this.issues().filter((issue) => ofParty[table.issues.lookup(issue)] !== undefined);
  }

  /** Every party id with statements, in id order. */
  parties(): readonly string[] {
    const table = this.#context.table;
    this.#sortedParties ??= Object.freeze([...this.#partiesWith].map((p) => table.parties.text(p)).sort(compareIds));
    return this.#sortedParties;
  }

  /** Every issue id with statements, in id order. */
  issues(): readonly string[] {
    const table = this.#context.table;
    this.#sortedIssues ??= Object.freeze([...this.#issuesWith].map((i) => table.issues.text(i)).sort(compareIds));
    return this.#sortedIssues;
  }
}
