/**
 * The one contract every EventStore meets, run against memory, file, PGlite and PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  Ledger,
  ledgerFromStore,
  ValidationError,
  type EventStore,
  type LedgerEvent,
} from '../../src/index.js';
import { SEED_EVENTS, SEED_VOCABULARY, seedStatement } from './seed-events.js';

/**
 * A fresh, empty store (checking against the seed vocabulary); `reopen` opens the same storage again, as a new
 * process would.
 */
export interface StoreFixture {
  readonly store: EventStore;
  readonly reopen?: () => Promise<EventStore>;
  readonly cleanup?: () => Promise<void>;
}

async function all(store: EventStore, from?: number): Promise<Array<{ position: number; event: LedgerEvent }>> {
  const out: Array<{ position: number; event: LedgerEvent }> = [];
  for await (const { position, event } of store.read(from === undefined ? {} : { from })) out.push({ position, event });
  return out;
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems.map((p) => p.code);
}

/** Defines the contract suite for one kind of store. */
export function storeContract(
  name: string,
  make: () => Promise<StoreFixture>,
  { durable }: { durable: boolean },
): void {
  describe(`EventStore contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: EventStore;
    beforeEach(async () => {
      fixture = await make();
      store = fixture.store;
    });
    afterEach(async () => {
      await store.close();
      await fixture.cleanup?.();
    });

    it('starts empty: version 0, nothing to read', async () => {
      expect(await store.version()).toBe(0);
      expect(await all(store)).toEqual([]);
    });

    it('gives positions 1…n in order and reads back the normalised events', async () => {
      const first = await store.append(SEED_EVENTS.slice(0, 30));
      expect(first.version).toBe(30);
      expect(first.added).toHaveLength(30);
      const second = await store.append(SEED_EVENTS.slice(30));
      expect(second.version).toBe(SEED_EVENTS.length);
      const read = await all(store);
      expect(read.map((r) => r.position)).toEqual(SEED_EVENTS.map((_, i) => i + 1));
      expect(read.map((r) => r.event)).toEqual([...first.added, ...second.added]);
      expect(read.map((r) => r.event.id)).toEqual(SEED_EVENTS.map((e) => e['id']));
      const from = SEED_EVENTS.length - 5;
      expect((await all(store, from)).map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5].map((i) => from + i));
    });

    it('folds into the same answers as a ledger built from the events directly', async () => {
      for (let i = 0; i < SEED_EVENTS.length; i += 17) await store.append(SEED_EVENTS.slice(i, i + 17));
      const direct = Ledger.from(SEED_EVENTS, { vocabulary: SEED_VOCABULARY });
      const folded = await ledgerFromStore(store, { chunk: 7 });
      for (const [at, knownAt] of [
        ['2025-04-30', undefined],
        ['2025-12-31', '2025-12-07'],
        ['2026-01-31', undefined],
      ] as const) {
        const options = knownAt === undefined ? {} : { knownAt };
        expect(folded.at(at, options).toJSON()).toEqual(direct.at(at, options).toJSON());
        expect(folded.at(at, { ...options, inherit: true }).toJSON()).toEqual(
          direct.at(at, { ...options, inherit: true }).toJSON(),
        );
      }
    });

    it('treats identical events as no-ops, and refuses an id reused with other content, naming it', async () => {
      await store.append(SEED_EVENTS.slice(0, 5));
      const again = await store.append(SEED_EVENTS.slice(0, 5));
      expect(again.added).toEqual([]);
      expect(again.unchanged).toEqual(SEED_EVENTS.slice(0, 5).map((e) => e['id']));
      expect(again.version).toBe(5);
      const changed = { ...SEED_EVENTS[0], summary: 'something else' };
      expect(await problemsOf(store.append([changed]))).toEqual(['id-conflict']);
      expect(await store.version()).toBe(5);
    });

    it('is all or nothing: one bad event in a batch stores none of it', async () => {
      await store.append([seedStatement(1)]);
      const batch = [
        seedStatement(2),
        { type: 'retraction', target: 'no-such-event', reason: 'misreport', recordedAt: '2026-02-01T00:00Z' },
        seedStatement(3, { parties: ['ukriane'] }),
      ];
      const codes = await problemsOf(store.append(batch));
      expect(codes.sort()).toEqual(['unknown-party', 'unknown-target']);
      expect(await store.version()).toBe(1);
      expect((await all(store)).map((r) => r.event.id)).toEqual(['test.1']);
    });

    it('accepts a target later in the same batch (order-free) and targets across appends', async () => {
      const retraction = {
        type: 'retraction',
        id: 'r1',
        target: 'test.2',
        reason: 'misreport',
        recordedAt: '2026-02-01T00:00Z',
      };
      const result = await store.append([retraction, seedStatement(2)]);
      expect(result.added.map((e) => e.id)).toEqual(['r1', 'test.2']);
      await store.append([
        { type: 'retraction', id: 'r2', target: 'r1', reason: 'coding-error', recordedAt: '2026-03-01T00:00Z' },
      ]);
      const ledger = await ledgerFromStore(store);
      expect(ledger.cell('ukraine', 'ukraine-in-nato', { at: '2026' })?.statement).toBe('test.2');
      expect(ledger.cell('ukraine', 'ukraine-in-nato', { at: '2026', knownAt: '2026-02-15' })).toBeUndefined();
    });

    it('appends with an expected version, and reports a conflict writing nothing', async () => {
      const first = await store.append([seedStatement(1)], { expectedVersion: 0 });
      expect(first.version).toBe(1);
      const error = await store.append([seedStatement(2)], { expectedVersion: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).expected).toBe(0);
      expect((error as ConflictError).actual).toBe(1);
      expect(await store.version()).toBe(1);
      expect((await store.append([seedStatement(2)], { expectedVersion: 1 })).version).toBe(2);
    });

    it('loses and doubles nothing under concurrent appenders retrying on conflicts', async () => {
      const writers = 4;
      const perWriter = 10;
      let conflicts = 0;
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let i = 0; i < perWriter; i++) {
            const batch = [seedStatement(w * 1000 + i * 2), seedStatement(w * 1000 + i * 2 + 1)];
            for (;;) {
              const expectedVersion = await store.version();
              try {
                const result = await store.append(batch, { expectedVersion });
                expect(result.added).toHaveLength(2);
                expect(result.version).toBe(expectedVersion + 2);
                break;
              } catch (error) {
                if (!(error instanceof ConflictError)) throw error;
                conflicts++;
              }
            }
          }
        }),
      );
      const ids = (await all(store)).map((r) => r.event.id);
      expect(ids).toHaveLength(writers * perWriter * 2);
      expect(new Set(ids).size).toBe(ids.length);
      expect(await store.version()).toBe(ids.length);
      console.log(`${name}: ${conflicts} conflicts among ${writers} concurrent appenders, all retried`);
    });

    // Only durable stores are reopened; the memory store has nothing to reopen, so it gets no such test at all.
    if (durable)
      it('keeps everything across a reopen', async () => {
        await store.append(SEED_EVENTS);
        await store.close();
        store = await (fixture.reopen as () => Promise<EventStore>)();
        expect(await store.version()).toBe(SEED_EVENTS.length);
        expect((await all(store)).map((r) => r.event.id)).toEqual(SEED_EVENTS.map((e) => e['id']));
        expect((await store.append(SEED_EVENTS.slice(0, 3))).unchanged).toHaveLength(3);
      });
  });
}
