/**
 * Crash: a child appending in a loop is killed with SIGKILL at random moments, 50 times. After each
 * kill, reopening the file gives every acknowledged event exactly once and in order; the batch in
 * flight is there whole or not at all; a torn tail is reported and saved aside.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileEventStore } from '../../src/stores/file/index.js';
import { prng, requireBuild, startChild } from './child-process.js';

const SEED = 20260101;
const FILES = 5;
const KILLS_PER_FILE = 10;

let folder: string;
beforeAll(async () => {
  requireBuild();
  folder = await mkdtemp(join(tmpdir(), 'positions-crash-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Tally {
  kills: number;
  torn: number;
  inFlightKept: number;
  acked: number;
}

async function crashLoop(index: number, random: () => number, tally: Tally): Promise<void> {
  const file = join(folder, `crash-${index}.ndjson`);
  let expected: string[] = [];
  for (let round = 0; round < KILLS_PER_FILE; round++) {
    const child = startChild('append-loop.mjs', [file, `l${index}r${round}`]);
    await child.waitFor((line) => line.startsWith('batch '));
    await sleep(Math.floor(random() * 300));
    // Most kills aim inside an append (after a batch line, before its ack), where tearing can happen.
    if (random() < 0.8) {
      const seen = child.lines.length;
      await child
        .waitFor((line) => line.startsWith('batch ') && child.lines.indexOf(line) >= seen)
        .catch(() => undefined);
      await sleep(Math.floor(random() * 12));
    }
    child.process.kill('SIGKILL');
    const { signal, stderr } = await child.exited;
    expect(signal, stderr).toBe('SIGKILL');
    tally.kills++;

    // What the child said: batches in order, each acknowledged or (the last one) in flight.
    const batches: Array<{ ids: string[]; acked: boolean }> = [];
    for (const line of child.lines) {
      if (line.startsWith('batch ')) batches.push({ ids: JSON.parse(line.slice(6)) as string[], acked: false });
      else if (line.startsWith('ack ')) (batches[batches.length - 1] as { acked: boolean }).acked = true;
    }
    const acked = batches.filter((b) => b.acked).flatMap((b) => b.ids);
    const inFlight = batches.find((b) => !b.acked)?.ids ?? [];
    tally.acked += acked.length;

    const store = await FileEventStore.open(file, { lock: { staleMs: 2000 }, onWarning: () => undefined });
    const ids: string[] = [];
    for await (const { event } of store.read()) ids.push(event.id);
    const landed = ids.slice(expected.length);
    expect(ids.slice(0, expected.length)).toEqual(expected);
    expect(landed.slice(0, acked.length)).toEqual(acked);
    const rest = landed.slice(acked.length);
    // The batch in flight landed whole or not at all.
    expect(rest.length === 0 || JSON.stringify(rest) === JSON.stringify(inFlight)).toBe(true);
    if (rest.length > 0) tally.inFlightKept++;
    for (const torn of store.recovered) {
      tally.torn++;
      const saved = await readFile(torn.savedTo, 'utf8');
      expect(saved.length).toBeGreaterThan(0);
      expect(Buffer.byteLength(saved)).toBe(torn.bytes);
      for (const id of acked) expect(saved).not.toContain(`"id":"${id}"`);
    }
    expected = ids;
    await store.close();
  }
}

describe('file store under SIGKILL', () => {
  it(`keeps every acknowledged event exactly once across ${FILES * KILLS_PER_FILE} kills (seed ${SEED})`, {
    timeout: 600_000,
  }, async () => {
    const started = Date.now();
    const tally: Tally = { kills: 0, torn: 0, inFlightKept: 0, acked: 0 };
    const random = prng(SEED);
    await Promise.all(
      Array.from({ length: FILES }, (_, i) => crashLoop(i, prng(Math.floor(random() * 2 ** 32)), tally)),
    );
    expect(tally.kills).toBe(FILES * KILLS_PER_FILE);
    console.log(
      `crash test: ${tally.kills} kills, ${tally.acked} acknowledged events all kept once, ` +
        `${tally.torn} torn tails set aside, ` +
        `${tally.inFlightKept} in-flight batches landed whole, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });
});
