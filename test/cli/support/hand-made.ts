/**
 * A small dataset folder whose answers are worked out by hand in the tests that use it (docs/design.md
 * §3–§6 are the rules). Each event is written out in full; nothing is derived by the library.
 *
 * Parties: north ("Northern Republic", alias Nordland), south, east (states), league (a bloc of north
 * and east), monitor (a commentator). Issues: truce, truce-monitoring, guarantees-before-truce, border
 * (a number term `km`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VOCABULARY = {
  parties: [
    { id: 'north', name: 'Northern Republic', kind: 'state', aliases: ['Nordland'] },
    { id: 'south', name: 'Southern Union', kind: 'state' },
    { id: 'east', name: 'East', kind: 'state' },
    { id: 'league', name: 'The League', kind: 'bloc', members: ['north', 'east'] },
    { id: 'monitor', name: 'A Monitor', kind: 'commentator' },
  ],
  issues: [
    { id: 'truce', title: 'Truce now', proposition: 'A truce takes effect now.', topic: 'ceasefire' },
    {
      id: 'truce-monitoring',
      title: 'Monitored truce',
      proposition: 'Monitors watch the truce.',
      topic: 'ceasefire',
    },
    {
      id: 'guarantees-before-truce',
      title: 'Guarantees before any truce',
      proposition: 'Guarantees come first.',
      topic: 'ceasefire',
    },
    {
      id: 'border',
      title: 'Border line',
      proposition: 'The line is redrawn.',
      topic: 'territory',
      terms: [{ name: 'km', description: 'how far the line moves', unit: 'km', type: 'number' }],
    },
  ],
};

export const SOURCES = {
  documents: [
    { id: 'wire-1', title: 'Wire one: talks open', publishedAt: '2025-03-03', precision: 'day', reason: 'dated' },
    {
      id: 'wire-2',
      title: 'Wire two: offers on the border',
      publishedAt: '2025-05',
      precision: 'month',
      reason: 'month',
    },
    { id: 'wire-3', title: 'Wire three: a misreport', publishedAt: '2025-06-11', precision: 'day', reason: 'dated' },
    { id: 'paper-1', title: 'Paper one: the long view', publishedAt: '2025-06', precision: 'month', reason: 'month' },
  ],
};

const statement = (
  id: string,
  parties: string[],
  issue: string,
  stance: string,
  statedAt: string,
  recordedAt: string,
  document: string,
  extra: Record<string, unknown> = {},
) => ({
  type: 'statement',
  id,
  parties,
  issue,
  stance,
  act: 'assert',
  attribution: 'on-record',
  statedAt,
  recordedAt: `${recordedAt}T00:00:00.000Z`,
  summary: `Summary of ${id}.`,
  sources: [{ document }],
  ...extra,
});

export const EVENTS = [
  statement('s1', ['north'], 'truce', 'supports', '2025-03', '2025-03-03', 'wire-1', {
    sources: [{ document: 'wire-1', quote: 'a truce now' }],
  }),
  statement('s2', ['north'], 'truce', 'supports', '2025-04', '2025-05-02', 'wire-2'),
  {
    type: 'corroboration',
    id: 'c1',
    target: 's2',
    source: { document: 'paper-1' },
    recordedAt: '2025-06-01T00:00:00.000Z',
  },
  statement('s3', ['north'], 'truce', 'opposes', '2025-06-10', '2025-06-11', 'wire-3'),
  { type: 'retraction', id: 'r1', target: 's3', reason: 'misreport', recordedAt: '2025-06-20T00:00:00.000Z' },
  statement('s4', ['south'], 'truce', 'rejects', '2025-03-05', '2025-03-06', 'wire-1'),
  statement('s5', ['south'], 'truce', 'opposes', '2025-05-10', '2025-05-11', 'wire-2'),
  statement('s6', ['north'], 'border', 'supports', '2025-03-20', '2025-03-21', 'wire-1', { terms: { km: 10 } }),
  statement('s7', ['north'], 'border', 'supports', '2025-05-20/2025-05-25', '2025-05-26', 'wire-2', {
    terms: { km: 20 },
  }),
  statement('s8', ['south'], 'border', 'supports', '2025-05-21', '2025-05-22', 'wire-2', { terms: { km: 5 } }),
  {
    type: 'correction',
    id: 'k1',
    target: 's8',
    reason: 'coding-error',
    recordedAt: '2025-05-30T00:00:00.000Z',
    replacement: {
      id: 's8c',
      parties: ['south'],
      issue: 'border',
      stance: 'supports',
      terms: { km: 7 },
      act: 'assert',
      attribution: 'on-record',
      statedAt: '2025-05-21',
      summary: 'Summary of s8c.',
      sources: [{ document: 'wire-2' }],
    },
  },
  statement('s9', ['east'], 'truce', 'opposes', '2025-07/2025-08-15', '2025-08-16', 'paper-1'),
  statement('s10', ['league'], 'truce', 'supports', '2025-04-01', '2025-04-02', 'wire-1'),
  statement('s11', ['monitor'], 'truce', 'supports', '2025-05-11', '2025-05-12', 'wire-2'),
];

/** The events as one NDJSON text. */
export const EVENTS_TEXT = `${EVENTS.map((e) => JSON.stringify(e)).join('\n')}\n`;

/** Writes the dataset to a new folder and returns its path. */
export function handMadeFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'positions-hand-made-'));
  writeFileSync(join(folder, 'vocabulary.json'), JSON.stringify(VOCABULARY, null, 2));
  writeFileSync(join(folder, 'sources.json'), JSON.stringify(SOURCES, null, 2));
  writeFileSync(join(folder, 'events.ndjson'), EVENTS_TEXT);
  return folder;
}

/** Writes the events alone, as a bare events file (no vocabulary, no titles), and returns its path. */
export function handMadeEventsFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'positions-hand-made-')), 'events.ndjson');
  writeFileSync(file, EVENTS_TEXT);
  return file;
}
