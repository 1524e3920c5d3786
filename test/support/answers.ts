/**
 * Every query kind asked of a ledger and of the reference model in the same shape, as plain JSON,
 * so tests compare whole answers with one `toEqual`.
 */
import { defineProjection, type Ledger } from '../../src/index.js';
import { ISSUES, PARTIES as DEFAULT_PARTIES } from './fixtures.js';
import type { Query } from './arbitraries.js';
import type { ReferenceModel } from './reference-model.js';

/** The parties asked about: the vocabulary's, else the default world's. */
const partiesOf = (parties: readonly { readonly id: string }[] | undefined): readonly string[] =>
  parties === undefined ? DEFAULT_PARTIES : parties.map((p) => p.id);

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

const statementIds = defineProjection({
  initial: { ids: [] as string[] },
  reduce(draft, statement) {
    draft.ids.push(statement.id);
  },
});

/** The ledger's answers to every query kind at each query (diff runs from the previous query's `at`). */
export function ledgerAnswers(ledger: Ledger, queries: readonly Query[]): unknown {
  const parties = partiesOf(ledger.vocabulary?.parties);
  return queries.map((q, n) => {
    const options = { ...(q.knownAt === undefined ? {} : { knownAt: q.knownAt }), inherit: q.inherit };
    const known = q.knownAt === undefined ? {} : { knownAt: q.knownAt };
    const snapshot = ledger.at(q.at, options);
    const from = (queries[n - 1] ?? q).at;
    return plain({
      cells: snapshot.cells(),
      lookups: parties.flatMap((p) =>
        ISSUES.map((i) => [snapshot.cell(p, i) ?? null, ledger.cell(p, i, { at: q.at, ...options }) ?? null]),
      ),
      rows: parties.map((p) => snapshot.row(p)),
      columns: ISSUES.map((i) => snapshot.column(i)),
      timelines: parties.flatMap((p) => ISSUES.map((i) => ledger.timeline(p, i, options))),
      diff: ledger.diff(from, q.at, options),
      divergence: ledger.divergence(q.at, known),
      alignment: ledger.alignment(q.at, known),
      projected: ledger.project(statementIds, { at: q.at, ...known }).ids,
    });
  });
}

/** The reference model's answers, in the same shape as {@link ledgerAnswers}. */
export function modelAnswers(model: ReferenceModel, queries: readonly Query[]): unknown {
  const parties = partiesOf(model.vocabulary?.parties);
  return queries.map((q, n) => {
    const cells = model.cells(q.at, q.knownAt, q.inherit);
    const from = (queries[n - 1] ?? q).at;
    return plain({
      cells,
      lookups: parties.flatMap((p) =>
        ISSUES.map((i) => {
          const cell = cells.find((c) => c.party === p && c.issue === i) ?? null;
          return [cell, model.cell(p, i, q.at, q.knownAt, q.inherit) ?? null];
        }),
      ),
      rows: parties.map((p) => cells.filter((c) => c.party === p)),
      columns: ISSUES.map((i) => cells.filter((c) => c.issue === i)),
      timelines: parties.flatMap((p) => ISSUES.map((i) => model.timeline(p, i, q.knownAt, q.inherit))),
      diff: model.diff(from, q.at, q.knownAt, q.inherit),
      divergence: model.divergence(q.at, q.knownAt),
      alignment: model.alignment(q.at, q.knownAt),
      projected: model.projected(q.at, q.knownAt),
    });
  });
}
