/**
 * The SQL fragments of src/rules order and compare in PostgreSQL exactly as the rules do in JavaScript
 * (docs/design.md §3.3, §3.6, §9.4): the candidate order as `ORDER BY` (both ways) and as a row value, its
 * floor below every candidate, the evidence order, and the bounds of the fold. On PGlite, and on the
 * server in DATABASE_URL when it is set.
 */
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateFloorSql,
  candidateOrderSql,
  candidateRowSql,
  candidateSql,
  compareCandidates,
  compareRecorded,
  evidenceOrderSql,
  killerTypesSql,
  knownSql,
  tentativeSql,
  type CandidateKey,
} from '../../src/rules/index.js';
import { DATABASE_URL, requireServerInCi, serverPool, sharedPGlite } from './databases.js';

const params = { seed: 5151, numRuns: 30 };

type Db = { query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };
const targets: Array<{ name: string; db: () => Promise<{ db: Db; done(): Promise<void> }> }> = [
  { name: 'PGlite', db: async () => ({ db: (await sharedPGlite()) as unknown as Db, done: async () => undefined }) },
];
if (DATABASE_URL !== undefined) {
  targets.push({
    name: 'PostgreSQL server',
    db: async () => {
      const pool = serverPool();
      return { db: pool as unknown as Db, done: () => pool.end() };
    },
  });
}
requireServerInCi();

const BASE = Date.UTC(2025, 0, 1);
// Few distinct instants and ids (upper and lower case, digits, punctuation), so that keys tie often.
const keyArb: fc.Arbitrary<CandidateKey & { id: string }> = fc.record({
  start: fc.constantFrom(BASE, BASE + 1, BASE + 86_400_000),
  end: fc.constantFrom(BASE + 86_400_000, BASE + 2 * 86_400_000),
  recordedAt: fc.constantFrom(BASE + 5, BASE + 6),
  id: fc.constantFrom('a', 'B', 'b', 'a.1', 'a-1', 'A_2', '9', 'a:z'),
});
const iso = (ms: number) => new Date(ms).toISOString();

/** Candidate keys as rows of a VALUES list with the SQL fold's column names, numbered by `n`. */
function rowsSql(keys: readonly CandidateKey[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const rows = keys.map((key, n) => {
    params.push(iso(key.start), iso(key.end), iso(key.recordedAt), key.id);
    const p = 4 * n;
    return `(${n}, $${p + 1}::timestamptz, $${p + 2}::timestamptz, $${p + 3}::timestamptz, $${p + 4}::text)`;
  });
  return { sql: `(VALUES ${rows.join(', ')}) AS k(n, stated_start, stated_end, recorded_at, statement)`, params };
}

for (const target of targets) {
  describe(`the rules' SQL on ${target.name}`, () => {
    let db: Db;
    let done: () => Promise<void>;
    beforeAll(async () => {
      ({ db, done } = await target.db());
    });
    afterAll(async () => done());

    it(`ORDER BY the candidate order sorts as compareCandidates, both ways (seed ${params.seed}, ${params.numRuns} runs)`, async () => {
      await checkProperty(
        fc.asyncProperty(
          fc.uniqueArray(keyArb, { minLength: 1, maxLength: 16, selector: (k) => JSON.stringify(k) }),
          async (keys) => {
            const { sql, params: values } = rowsSql(keys);
            const expected = keys
              .map((key, n) => [key, n] as const)
              .sort(([a], [b]) => compareCandidates(a, b))
              .map(([, n]) => n);
            for (const direction of ['ASC', 'DESC'] as const) {
              const { rows } = await db.query(
                `SELECT n FROM ${sql} ORDER BY ${candidateOrderSql('k', direction)}`,
                values,
              );
              const order = rows.map((row) => Number(row['n']));
              expect(order, direction).toEqual(direction === 'ASC' ? expected : [...expected].reverse());
            }
          },
        ),
        params,
      );
    });

    it(`the candidate row value compares as compareCandidates, and the floor is below every row (seed ${params.seed}, ${params.numRuns} runs)`, async () => {
      await checkProperty(
        fc.asyncProperty(keyArb, keyArb, async (a, b) => {
          const { sql, params: values } = rowsSql([a, b]);
          const { rows } = await db.query(
            `SELECT ${candidateRowSql('x')} < ${candidateRowSql('y')} AS lt, ${candidateRowSql('x')} = ${candidateRowSql('y')} AS eq,
                    ${candidateRowSql('x')} > ${candidateFloorSql('z')} AS above_floor
             FROM (SELECT * FROM ${sql} WHERE k.n = 0) x, (SELECT * FROM ${sql} WHERE k.n = 1) y
             LEFT JOIN (SELECT * FROM ${sql} WHERE false) z ON true`,
            values,
          );
          const order = compareCandidates(a, b);
          expect(rows[0]?.['lt']).toBe(order < 0);
          expect(rows[0]?.['eq']).toBe(order === 0);
          expect(rows[0]?.['above_floor']).toBe(true);
        }),
        params,
      );
    });

    it(`the evidence order sorts as compareRecorded (seed ${params.seed}, ${params.numRuns} runs)`, async () => {
      await checkProperty(
        fc.asyncProperty(fc.array(keyArb, { minLength: 1, maxLength: 12 }), async (keys) => {
          const { sql, params: values } = rowsSql(keys);
          const { rows } = await db.query(
            `SELECT n FROM ${sql} ORDER BY ${evidenceOrderSql('k.recorded_at', 'k.statement')}, n`,
            values,
          );
          const expected = keys
            .map((key, n) => [key, n] as const)
            .sort(([a, i], [b, j]) => compareRecorded(a.recordedAt, a.id, b.recordedAt, b.id) || i - j)
            .map(([, n]) => n);
          expect(rows.map((row) => Number(row['n']))).toEqual(expected);
        }),
        params,
      );
    });

    it('draws the bounds of the fold where the rules draw them, and lists the killer types', async () => {
      const t = iso(BASE);
      const { rows } = await db.query(
        `SELECT ${knownSql('$1::timestamptz', '$2::timestamptz')} AS known_before,
                ${knownSql('$2::timestamptz', '$2::timestamptz')} AS known_at,
                ${knownSql('$2::timestamptz', "'infinity'::timestamptz")} AS known_everything,
                ${candidateSql('$2::timestamptz', '$2::timestamptz')} AS candidate_at,
                ${candidateSql('$1::timestamptz', '$2::timestamptz')} AS candidate_before,
                ${tentativeSql('$3::timestamptz', '$2::timestamptz')} AS tentative_after,
                ${tentativeSql('$2::timestamptz', '$2::timestamptz')} AS tentative_at,
                'retraction' IN (${killerTypesSql()}) AND 'correction' IN (${killerTypesSql()}) AS kills,
                'corroboration' IN (${killerTypesSql()}) AS corroboration_kills`,
        [iso(BASE - 1), t, iso(BASE + 1)],
      );
      expect(rows[0]).toEqual({
        known_before: true,
        known_at: false,
        known_everything: true,
        candidate_at: false,
        candidate_before: true,
        tentative_after: true,
        tentative_at: false,
        kills: true,
        corroboration_kills: false,
      });
    });
  });
}
