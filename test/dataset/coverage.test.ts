// The dataset keeps its fixed party and issue ids, has a statement for every
// party and issue of the vocabulary, and no statement said twice. "Statement" here means a live one (a
// retracted or corrected statement counts as never made, docs/design.md §3.2).
import { describe, expect, test } from 'vitest';
import { dataset, everyStatementOf, liveStatementsOf } from './fixture.js';

// The fixed ids of the bundled dataset, which other code (examples, CLI docs, the report) relies on.
// They must never change; more may be added.
const FIXED_PARTIES = {
  ukraine: 'state',
  russia: 'state',
  'united-states': 'state',
  'united-kingdom': 'state',
  france: 'state',
  germany: 'state',
  'european-allies': 'bloc',
  'hope-for-ukraine': 'commentator',
} as const;
const FIXED_BLOC_MEMBERS = ['united-kingdom', 'france', 'germany'];
const FIXED_ISSUES = {
  ceasefire: [
    'ceasefire-before-settlement',
    'guarantees-before-ceasefire',
    'root-causes-first',
    'ceasefire-monitoring',
  ],
  territory: [
    'freeze-at-front-line',
    'crimea-recognized-russian',
    'occupied-regions-recognized-russian',
    'russia-renounces-rest-of-regions',
    'ukraine-leaves-donetsk',
    'demilitarized-zone',
    'buffer-zones',
    'zaporizhzhia-npp-us-control',
  ],
  security: [
    'security-guarantees',
    'binding-guarantees',
    'european-force-in-ukraine',
    'us-backstop',
    'long-term-military-aid',
    'western-arms-supply',
    'limits-on-ukraine-army',
  ],
  alliances: ['ukraine-in-nato', 'ukraine-in-eu'],
  'sanctions-economy': ['sanctions-pressure', 'snapback-sanctions', 'reconstruction-partnership'],
  'justice-governance': ['war-crimes-amnesty', 'referendum-on-deal'],
  process: ['deadline-or-walk-away'],
  claims: ['drone-strike-on-putin-residence', 'deal-within-reach'],
} as const;

describe('vocabulary and coverage', () => {
  test('every fixed party id exists with its kind; the bloc has its members', async () => {
    const { vocabulary } = await dataset();
    for (const [id, kind] of Object.entries(FIXED_PARTIES)) expect(vocabulary.party(id)?.kind, id).toBe(kind);
    expect([...(vocabulary.party('european-allies')?.members ?? [])].sort()).toEqual([...FIXED_BLOC_MEMBERS].sort());
  });

  test('every fixed issue id exists under its topic', async () => {
    const { vocabulary } = await dataset();
    for (const [topic, ids] of Object.entries(FIXED_ISSUES)) {
      for (const id of ids) expect(vocabulary.issue(id)?.topic, id).toBe(topic);
    }
  });

  test('security-guarantees declares the durationYears term', async () => {
    const { vocabulary } = await dataset();
    expect(vocabulary.issue('security-guarantees')?.terms?.map((t) => t.name)).toContain('durationYears');
  });

  test('every party and every issue of the vocabulary has at least one statement', async () => {
    const { ledger, vocabulary } = await dataset();
    const statements = liveStatementsOf(ledger.events());
    const parties = new Set(statements.flatMap((s) => s.parties));
    const issues = new Set(statements.map((s) => s.issue));
    expect(vocabulary.parties.map((p) => p.id).filter((id) => !parties.has(id))).toEqual([]);
    expect(vocabulary.issues.map((i) => i.id).filter((id) => !issues.has(id))).toEqual([]);
  });

  test('no two statements say the same thing (same parties, issue, stance and statedAt)', async () => {
    const { ledger } = await dataset();
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const s of liveStatementsOf(ledger.events())) {
      const key = JSON.stringify([[...s.parties].sort(), s.issue, s.stance, s.statedAt]);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${first} = ${s.id}`);
      else seen.set(key, s.id);
    }
    expect(duplicates).toEqual([]);
  });

  test('the quantities the issue names are coded as terms: the 15-year offer and the wish for decades', async () => {
    const { ledger } = await dataset();
    const withTerms = liveStatementsOf(ledger.events()).filter(
      (s) => s.issue === 'security-guarantees' && s.terms !== undefined,
    );
    const byParty = Object.fromEntries(withTerms.map((s) => [s.parties.join('+'), s.terms?.['durationYears']]));
    expect(byParty['united-states']).toBe(15);
    expect(String(byParty['ukraine'])).toMatch(/decades/);
  });

  test('a joint statement is one event naming several parties, attributed as joint-statement', async () => {
    const { ledger } = await dataset();
    const joint = everyStatementOf(ledger.events()).filter((s) => s.attribution === 'joint-statement');
    expect(joint.length).toBeGreaterThan(0);
    for (const s of joint) expect(s.parties.length, s.id).toBeGreaterThan(1);
  });

  test('the aid organisation is coded as its own party, never under a negotiating side', async () => {
    const { ledger } = await dataset();
    for (const s of everyStatementOf(ledger.events())) {
      if (s.speaker?.name === 'Yuriy Boyechko') expect(s.parties, s.id).toEqual(['hope-for-ukraine']);
      if (s.parties.includes('hope-for-ukraine')) expect(s.parties, s.id).toEqual(['hope-for-ukraine']);
    }
  });
});
