// The baselines, written straightforwardly, as someone without this library would write them.
import { getInMemoryEventStore } from '@event-driven-io/emmett';

/**
 * Baseline (a), the practical limit: last writer wins per cell, in array order, with party and
 * issue ids interned to integers and the stances kept in one flat array. No validation, no
 * retractions, no valid time: the least work that still yields "a stance per cell".
 *
 * @param {readonly any[]} events already-parsed objects
 * @returns {{ stances: (string | undefined)[], parties: Map<string, number>, issues: Map<string, number> }}
 * @example
 * lastWriterWins(events).stances.filter(Boolean).length; //=> cells with a stance
 */
export function lastWriterWins(events, issueCount = 64) {
  const parties = new Map();
  const issues = new Map();
  const stances = [];
  for (let n = 0; n < events.length; n++) {
    const event = events[n];
    const statement = event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
    if (statement === undefined) continue;
    let issue = issues.get(statement.issue);
    if (issue === undefined) issues.set(statement.issue, (issue = issues.size));
    const named = statement.parties;
    for (let j = 0; j < named.length; j++) {
      let party = parties.get(named[j]);
      if (party === undefined) parties.set(named[j], (party = parties.size));
      stances[party * issueCount + issue] = statement.stance;
    }
  }
  return { stances, parties, issues };
}

/** The (party, issue) streams a statement belongs to. */
const streamsOf = (statement) => statement.parties.map((party) => `${party}|${statement.issue}`);

/**
 * Baseline (b), the best peer: Emmett's in-memory event store with one stream per (party, issue).
 * Each statement goes to its parties' streams with its times already parsed to numbers (a favour
 * to the baseline); a retraction or correction goes to the streams of the statement it kills.
 *
 * @param {readonly any[]} events
 * @param {(statedAt: string) => { start: number, end: number }} parseTime
 * @example
 * const { store, streams } = await loadEmmett(events, parseFuzzyTime);
 */
export async function loadEmmett(events, parseTime) {
  const store = getInMemoryEventStore();
  const byStream = new Map();
  const cellsOf = new Map();
  const put = (stream, event) => {
    const list = byStream.get(stream);
    if (list) list.push(event);
    else byStream.set(stream, [event]);
  };
  const addStatement = (statement, recordedAt) => {
    const time = parseTime(statement.statedAt);
    const data = { id: statement.id, stance: statement.stance, start: time.start, end: time.end, recordedAt };
    const streams = streamsOf(statement);
    cellsOf.set(statement.id, streams);
    for (const stream of streams) put(stream, { type: 'StanceTaken', data });
  };
  for (const event of events) {
    const recordedAt = Date.parse(event.recordedAt);
    if (event.type === 'statement') addStatement(event, recordedAt);
    else if (event.type === 'retraction' || event.type === 'correction') {
      for (const stream of cellsOf.get(event.target) ?? [])
        put(stream, { type: 'Killed', data: { target: event.target, recordedAt } });
      if (event.type === 'correction') addStatement(event.replacement, recordedAt);
    }
  }
  for (const [stream, list] of byStream) await store.appendToStream(stream, list);
  return { store, streams: [...byStream.keys()] };
}

/**
 * Emmett, latest stance per stream: last writer wins, as baseline (a).
 *
 * @example
 * (await emmettLatest(store, streams)).size; //=> number of cells
 */
export async function emmettLatest(store, streams) {
  const cells = new Map();
  for (const stream of streams) {
    const { state } = await store.aggregateStream(stream, {
      evolve: (state, event) => (event.type === 'StanceTaken' ? event.data.stance : state),
      initialState: () => undefined,
    });
    if (state !== undefined) cells.set(stream, state);
  }
  return cells;
}

const greater = (a, b) =>
  a.start - b.start || a.end - b.end || a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Emmett, every cell at valid-time bound `t` as known at bound `k`: each stream is aggregated into
 * its known candidates and known kills, then the greatest live candidate wins.
 *
 * @example
 * (await emmettAsOf(store, streams, t, k)).get('p1|i3'); //=> 'supports'
 */
export async function emmettAsOf(store, streams, t, k) {
  const cells = new Map();
  for (const stream of streams) {
    const { state } = await store.aggregateStream(stream, {
      evolve: (state, { type, data }) => {
        if (data.recordedAt >= k) return state;
        if (type === 'Killed') state.dead.add(data.target);
        else if (data.start < t) state.candidates.push(data);
        return state;
      },
      initialState: () => ({ candidates: [], dead: new Set() }),
    });
    let best;
    for (const candidate of state.candidates)
      if (!state.dead.has(candidate.id) && (best === undefined || greater(candidate, best) > 0)) best = candidate;
    if (best !== undefined) cells.set(stream, best.stance);
  }
  return cells;
}

/**
 * A naive full replay: every cell at valid-time bound `t` as known at bound `k`, read straight off
 * the stored events (times parsed as it goes), without any index. Generated streams retract only
 * statements, so one pass over the kills is exact for them.
 *
 * @param {readonly any[]} events
 * @param {(statedAt: string) => { start: number, end: number }} parseTime
 * @example
 * naiveReplay(events, t, k, parseFuzzyTime).get('p1|i3'); //=> 'supports'
 */
export function naiveReplay(events, t, k, parseTime) {
  const dead = new Set();
  for (const event of events) {
    if ((event.type === 'retraction' || event.type === 'correction') && Date.parse(event.recordedAt) < k)
      dead.add(event.target);
  }
  const best = new Map();
  const consider = (statement, recordedAt) => {
    if (dead.has(statement.id)) return;
    const time = parseTime(statement.statedAt);
    if (time.start >= t) return;
    const candidate = { id: statement.id, stance: statement.stance, start: time.start, end: time.end, recordedAt };
    for (const stream of streamsOf(statement)) {
      const current = best.get(stream);
      if (current === undefined || greater(candidate, current) > 0) best.set(stream, candidate);
    }
  };
  for (const event of events) {
    const recordedAt = Date.parse(event.recordedAt);
    if (recordedAt >= k) continue;
    if (event.type === 'statement') consider(event, recordedAt);
    else if (event.type === 'correction') consider(event.replacement, recordedAt);
  }
  return new Map([...best].map(([stream, candidate]) => [stream, candidate.stance]));
}

/**
 * The same replay over times parsed once beforehand into typed arrays: the strongest replay
 * without an index, shown beside the naive one.
 *
 * @example
 * const parsed = preparse(events, parseFuzzyTime); replayParsed(parsed, t, k);
 */
export function preparse(events, parseTime) {
  const statements = [];
  const kills = [];
  for (const event of events) {
    const recordedAt = Date.parse(event.recordedAt);
    const statement = event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
    if (event.type === 'retraction' || event.type === 'correction') kills.push({ target: event.target, recordedAt });
    if (statement === undefined) continue;
    const time = parseTime(statement.statedAt);
    statements.push({
      id: statement.id,
      stance: statement.stance,
      start: time.start,
      end: time.end,
      recordedAt,
      streams: streamsOf(statement),
    });
  }
  return { statements, kills };
}

/** Replays pre-parsed statements (see `preparse`). */
export function replayParsed({ statements, kills }, t, k) {
  const dead = new Set();
  for (const kill of kills) if (kill.recordedAt < k) dead.add(kill.target);
  const best = new Map();
  for (const candidate of statements) {
    if (candidate.recordedAt >= k || candidate.start >= t || dead.has(candidate.id)) continue;
    for (const stream of candidate.streams) {
      const current = best.get(stream);
      if (current === undefined || greater(candidate, current) > 0) best.set(stream, candidate);
    }
  }
  return new Map([...best].map(([stream, candidate]) => [stream, candidate.stance]));
}
