// Synthetic, realistic event streams for the benchmarks: deterministic by seed, so every run and
// every machine folds exactly the same events. Plain JavaScript on purpose: the benchmarks import
// the BUILT package (dist/), the code users actually run.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A small, fast, seedable PRNG (mulberry32): `Math.random` cannot be seeded.
 *
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 * @example
 * const random = rng(42); random(); //=> the same number on every machine
 */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STANCES = ['demands', 'supports', 'neutral', 'opposes', 'rejects'];
const ACTS = ['propose', 'demand', 'accept', 'reject', 'concede', 'reaffirm', 'threaten', 'assert', 'deny'];
const ATTRIBUTIONS = ['on-record', 'joint-statement', 'official-document', 'reportedly', 'anonymous-sources'];
const AUTHORITIES = ['head-of-state', 'minister', 'envoy', 'official', 'anonymous'];
const REASONS = ['misreport', 'mistranslation', 'denied-by-party', 'duplicate', 'coding-error'];
const WORDS = [
  'talks',
  'ceasefire',
  'guarantees',
  'territory',
  'sanctions',
  'envoy',
  'proposal',
  'deadline',
  'front',
  'treaty',
  'aid',
  'monitoring',
];

const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);
const SPAN = Date.UTC(2025, 11, 31) - START;

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** A fuzzy time of mixed precision around `ms`, and the instant its interval starts. */
function fuzzyTime(ms, random) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = pad(d.getUTCMonth() + 1);
  const day = pad(d.getUTCDate());
  const r = random();
  if (r < 0.04) return { text: `${y}`, start: Date.UTC(y, 0, 1) };
  if (r < 0.2) return { text: `${y}-${mo}`, start: Date.UTC(y, d.getUTCMonth(), 1) };
  if (r < 0.65) return { text: `${y}-${mo}-${day}`, start: Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) };
  if (r < 0.93) {
    const minute = Math.floor(ms / 60_000) * 60_000;
    return { text: `${y}-${mo}-${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`, start: minute };
  }
  // An interval of days: "some time between A and B".
  const to = new Date(ms + (1 + Math.floor(random() * 20)) * DAY);
  return {
    text: `${y}-${mo}-${day}/${to.getUTCFullYear()}-${pad(to.getUTCMonth() + 1)}-${pad(to.getUTCDate())}`,
    start: Date.UTC(y, d.getUTCMonth(), d.getUTCDate()),
  };
}

/** A report's publication lag: mostly a day or two, sometimes weeks (a heavy tail). */
function lag(random) {
  return Math.floor(-Math.log(1 - random()) * 2 * DAY) + Math.floor(random() * 3_600_000);
}

/**
 * Generates `events` events for `parties` × `issues`: statements (5% joint) with fuzzy `statedAt` of
 * mixed precision, about 2% corroborations, 1% retractions and 1% corrections of earlier
 * statements, and `recordedAt` lagging `statedAt` by a random delay. Ids are explicit and short
 * (`e123`), so content hashing is not what gets measured. Every event is valid and every target
 * exists earlier in the array, so the stream can be appended in one batch or in order.
 *
 * @param {{ events?: number, parties?: number, issues?: number, seed?: number }} [options]
 * @returns {Array<Record<string, unknown>>}
 * @example
 * generateEvents({ events: 1000, seed: 7 }).length; //=> 1000
 */
export function generateEvents({ events = 1_000_000, parties = 20, issues = 50, seed = 42 } = {}) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const partyIds = Array.from({ length: parties }, (_, i) => `p${i}`);
  const issueIds = Array.from({ length: issues }, (_, i) => `i${i}`);
  const out = new Array(events);
  // Statements that may still be targeted: index into `out`, with their recordedAt in ms.
  const statements = [];
  const recorded = new Float64Array(events);
  const killed = new Uint8Array(events);

  for (let n = 0; n < events; n++) {
    const id = `e${n}`;
    const r = random();
    const target =
      statements.length > 0
        ? statements[Math.floor(statements.length - 1 - random() * Math.min(statements.length, 5000))]
        : undefined;
    // Roughly chronological, as a feed is, with local disorder.
    const around = START + (SPAN * n) / events + (random() - 0.5) * 30 * DAY;
    if (target !== undefined && r < 0.02) {
      const at = recorded[target] + lag(random);
      recorded[n] = at;
      out[n] = {
        type: 'corroboration',
        id,
        target: `e${target}`,
        source: { document: `d${Math.floor(random() * 5000)}` },
        recordedAt: new Date(at).toISOString(),
      };
      continue;
    }
    if (target !== undefined && r < 0.04 && !killed[target]) {
      killed[target] = 1;
      const at = recorded[target] + lag(random);
      recorded[n] = at;
      if (r < 0.03) {
        out[n] = {
          type: 'retraction',
          id,
          target: `e${target}`,
          reason: pick(REASONS),
          recordedAt: new Date(at).toISOString(),
        };
      } else {
        const old = out[target];
        // The corrected statement keeps its parties and issue (a miscoded stance), so it stays in the same cell.
        const { type: _t, recordedAt: _r, id: _i, ...content } = old;
        out[n] = {
          type: 'correction',
          id,
          target: `e${target}`,
          replacement: { ...content, id: `${id}r`, stance: STANCES[(STANCES.indexOf(old.stance) + 1) % 5] },
          reason: 'coding-error',
          recordedAt: new Date(at).toISOString(),
        };
      }
      continue;
    }
    const joint = random() < 0.05;
    const named = [pick(partyIds)];
    if (joint)
      for (let extra = 1 + Math.floor(random() * 2); extra > 0; extra--) {
        const party = pick(partyIds);
        if (!named.includes(party)) named.push(party);
      }
    const time = fuzzyTime(around, random);
    const at = Math.max(time.start, around) + lag(random);
    recorded[n] = at;
    const statement = {
      type: 'statement',
      id,
      parties: named,
      issue: pick(issueIds),
      stance: pick(STANCES),
      act: pick(ACTS),
      attribution: joint ? 'joint-statement' : pick(ATTRIBUTIONS),
      statedAt: time.text,
      recordedAt: new Date(at).toISOString(),
      summary: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
      sources: [
        {
          document: `d${Math.floor(random() * 5000)}`,
          ...(random() < 0.3 ? { quote: `${pick(WORDS)} and ${pick(WORDS)}` } : {}),
        },
      ],
    };
    if (random() < 0.6)
      statement.speaker = {
        name: `Speaker ${Math.floor(random() * 300)}`,
        role: 'envoy',
        authority: pick(AUTHORITIES),
      };
    if (random() < 0.1) statement.conditions = `only after ${pick(WORDS)}`;
    out[n] = statement;
    statements.push(n);
  }
  return out;
}

/**
 * Writes events as NDJSON, one per line, streaming so a million events never sit in memory twice.
 *
 * @param {Iterable<unknown>} events
 * @param {string} file
 * @returns {Promise<number>} the bytes written
 * @example
 * await writeNdjson(generateEvents({ events: 10 }), '/tmp/events.ndjson');
 */
export async function writeNdjson(events, file) {
  const out = createWriteStream(file);
  let bytes = 0;
  let chunk = '';
  for (const event of events) {
    chunk += `${JSON.stringify(event)}\n`;
    if (chunk.length > 1 << 20) {
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += chunk.length;
  out.end(chunk);
  await once(out, 'finish');
  return bytes;
}
