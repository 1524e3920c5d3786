import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventTable } from '../../src/columns/event-table.js';
import { TableFold, type BlocLanes } from '../../src/columns/fold-table.js';
import { tableCells } from '../../src/columns/table-cells.js';
import { MemoryText } from '../../src/columns/text-source.js';
import { writeEvent } from '../../src/columns/write-event.js';
import { Ledger, type LedgerEvent, Vocabulary } from '../../src/index.js';
import { queryBound } from '../../src/time/index.js';
import { streamWithQueriesArb } from '../support/arbitraries.js';
import { VOCABULARY } from '../support/fixtures.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function tableOf(events: readonly LedgerEvent[]): EventTable {
  const table = new EventTable();
  const text = new MemoryText();
  table.texts.push(text);
  for (const event of events) {
    const json = JSON.stringify(event);
    const start = text.append(json);
    writeEvent(table, event, { source: 0, start, length: text.size - start, stored: true });
  }
  for (const [row, id] of table.pendingTargets) table.target[row] = table.ids.find(id);
  table.pendingTargets.clear();
  return table;
}

function lanesOf(table: EventTable, vocabulary: Vocabulary): { lanes: BlocLanes; partyId: (n: number) => string } {
  const extra: string[] = [];
  const numberOf = (id: string) => {
    const n = table.parties.lookup(id);
    if (n >= 0) return n;
    const i = extra.indexOf(id);
    if (i >= 0) return table.parties.size + i;
    extra.push(id);
    return table.parties.size + extra.length - 1;
  };
  const membersOf = new Map<number, Array<{ member: number; lane: number }>>();
  for (const party of vocabulary.parties) {
    for (const member of party.members ?? []) {
      const bloc = table.parties.lookup(party.id);
      if (bloc < 0) continue;
      const list = membersOf.get(bloc) ?? [];
      list.push({ member: numberOf(member), lane: 1 + vocabulary.blocsOf(member).indexOf(party.id) });
      membersOf.set(bloc, list);
    }
  }
  const partyId = (n: number) =>
    n < table.parties.size ? table.parties.text(n) : (extra[n - table.parties.size] as string);
  return { lanes: { membersOf, extraParties: extra }, partyId };
}

const params = { seed: 1127, numRuns: 150 };
const deepParams = { seed: 2718, numRuns: 12 };

describe('the stream fold over an event table', () => {
  it(`equals ledger.at for every (T, K, inherit) (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    const vocabulary = Vocabulary.from(VOCABULARY);
    fc.assert(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const ledger = Ledger.from(stream.raw, { vocabulary: VOCABULARY });
        const table = tableOf(ledger.events());
        const fold = new TableFold();
        for (const query of queries) {
          const t = queryBound(query.at);
          const k = query.knownAt === undefined ? Infinity : queryBound(query.knownAt);
          const { lanes, partyId } = lanesOf(table, vocabulary);
          const folded = fold.fold(table, t, k, query.inherit ? lanes : undefined);
          const cells = tableCells(table, folded, t, partyId, (party, lane) =>
            lane === 0 ? undefined : vocabulary.blocsOf(party)[lane - 1],
          );
          const options = {
            ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
            inherit: query.inherit,
          };
          expect(plain(cells)).toEqual(plain(ledger.at(query.at, options).cells()));
        }
      }),
      params,
    );
  });

  it(`the same on long streams crowded into a few cells (seed ${deepParams.seed}, ${deepParams.numRuns} runs of up to 150 steps)`, () => {
    const vocabulary = Vocabulary.from(VOCABULARY);
    fc.assert(
      fc.property(streamWithQueriesArb(150, 3, true), ({ stream, queries }) => {
        const ledger = Ledger.from(stream.raw, { vocabulary: VOCABULARY });
        const table = tableOf(ledger.events());
        const fold = new TableFold();
        for (const query of queries) {
          const t = queryBound(query.at);
          const k = query.knownAt === undefined ? Infinity : queryBound(query.knownAt);
          const { lanes, partyId } = lanesOf(table, vocabulary);
          const folded = fold.fold(table, t, k, query.inherit ? lanes : undefined);
          const cells = tableCells(table, folded, t, partyId, (party, lane) =>
            lane === 0 ? undefined : vocabulary.blocsOf(party)[lane - 1],
          );
          const options = {
            ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
            inherit: query.inherit,
          };
          expect(plain(cells)).toEqual(plain(ledger.at(query.at, options).cells()));
        }
      }),
      deepParams,
    );
  });
});
