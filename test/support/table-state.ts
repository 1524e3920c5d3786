import type { EventTable } from '../../src/columns/index.js';

/**
 * Everything a table holds, as plain values: every filled column of every row, the flat lists, the
 * dictionaries, ids (and the row each is found at), statedText and pendingTargets. Two tables hold the same
 * when these are equal.
 */
export function tableState(table: EventTable) {
  const rows = table.count;
  const column = (array: ArrayLike<number>, length = rows) => Array.from({ length }, (_, i) => array[i] as number);
  return {
    count: rows,
    kind: column(table.kind),
    recordedAt: column(table.recordedAt),
    target: column(table.target),
    partner: column(table.partner),
    issue: column(table.issue),
    stance: column(table.stance),
    statedStart: column(table.statedStart),
    statedEnd: column(table.statedEnd),
    statedForm: column(table.statedForm),
    terms: column(table.terms),
    flags: column(table.flags),
    partyStart: column(table.partyStart),
    partyCount: column(table.partyCount),
    partyList: column(table.partyList, table.partyListLength),
    sourceStart: column(table.sourceStart),
    sourceCount: column(table.sourceCount),
    sourceDocument: column(table.sourceDocument, table.sourceListLength),
    sourceQuoted: column(table.sourceQuoted, table.sourceListLength),
    textSource: column(table.textSource),
    textStart: column(table.textStart),
    textLength: column(table.textLength),
    ids: Array.from({ length: table.ids.count }, (_, row) => table.idOf(row)),
    idRows: Array.from({ length: table.ids.count }, (_, row) => table.ids.find(table.idOf(row))),
    parties: [...table.parties.texts()],
    issues: [...table.issues.texts()],
    documents: [...table.documents.texts()],
    termsKeys: [...table.termsKeys.texts()],
    statedText: [...table.statedText].sort((a, b) => a[0] - b[0]),
    pendingTargets: [...table.pendingTargets].sort((a, b) => a[0] - b[0]),
  };
}
