// Ids (docs/design.md §1.5): the id pattern keeps out '__proto__'; 'constructor', 'toString', 'hasOwnProperty'
// work as ordinary ids and never change other objects; content ids are SHA-256 of RFC 8785 canonical JSON,
// checked here against a hash computed with node:crypto over canonical JSON written out by hand.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Ledger, ValidationError, contentId, readEvent } from '../../src/index.js';
import { statement } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const PROTO_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

describe("ids named like Object.prototype's members", () => {
  it("'__proto__' is rejected by the id pattern, wherever an id goes", () => {
    const ids = [
      statement({ id: '__proto__' }),
      statement({ parties: ['__proto__'] }),
      statement({ issue: '__proto__' }),
      { type: 'retraction', target: '__proto__', reason: 'misreport', recordedAt: '2025-05-01T00:00Z' },
    ];
    for (const event of ids)
      expect(problemsOf(() => new Ledger().append([event]))[0]).toMatchObject({ code: 'schema' });
    expect(
      () => new Ledger({ vocabulary: { parties: [{ id: '__proto__', name: 'x', kind: 'state' }], issues: [] } }),
    ).toThrow(ValidationError);
  });

  it.each(PROTO_NAMES)("'%s' works as an ordinary party, issue and event id", (name) => {
    const ledger = new Ledger();
    ledger.append([
      statement({ id: name, parties: [name], issue: name, stance: 'rejects', statedAt: '2025-04' }),
      statement({ parties: ['ukraine'], issue: name, stance: 'supports', statedAt: '2025-04' }),
      {
        type: 'corroboration',
        id: `${name}.c`,
        target: name,
        source: { document: name },
        recordedAt: '2025-05-01T00:00Z',
      },
    ]);
    expect(ledger.get(name)?.type).toBe('statement');
    const cell = ledger.cell(name, name, { at: '2026' });
    expect(cell).toMatchObject({ party: name, issue: name, stance: 'rejects', statement: name });
    expect(cell?.evidence.map((e) => e.event)).toEqual([name, `${name}.c`]);
    expect(
      ledger
        .at('2026')
        .row(name)
        .map((c) => c.issue),
    ).toEqual([name]);
    expect(
      ledger
        .at('2026')
        .column(name)
        .map((c) => c.party),
    ).toEqual([name, 'ukraine'].sort());
    const [divergence] = ledger.divergence('2026');
    expect(Object.hasOwn(divergence?.stances ?? {}, name)).toBe(true);
    expect(divergence).toMatchObject({ issue: name, verdict: 'contested', spread: 3 });
    expect(ledger.alignment('2026')).toEqual([
      { parties: [name, 'ukraine'].sort(), agree: [], disagree: [name], other: [] },
    ]);
    ledger.append([{ type: 'retraction', target: name, reason: 'misreport', recordedAt: '2025-06-01T00:00Z' }]);
    expect(ledger.cell(name, name, { at: '2026' })).toBeUndefined();
    // Other objects keep their behaviour.
    expect({}.constructor).toBe(Object);
    expect(typeof {}.toString).toBe('function');
    // biome-ignore lint/suspicious/noPrototypeBuiltins: the prototype's own method is what must be unchanged
    expect(Object.prototype.hasOwnProperty.call({ a: 1 }, 'a')).toBe(true);
    expect(String({})).toBe('[object Object]');
  });

  it.each(PROTO_NAMES)("an id '%s' that is not there is not found on a prototype", (name) => {
    const ledger = new Ledger();
    expect(ledger.get(name)).toBeUndefined();
    expect(ledger.cell(name, name, { at: '2026' })).toBeUndefined();
    expect(ledger.timeline(name, name).changes).toEqual([]);
    expect(
      problemsOf(() =>
        ledger.append([{ type: 'retraction', target: name, reason: 'misreport', recordedAt: '2025-05-01T00:00Z' }]),
      )[0]?.code,
    ).toBe('unknown-target');
    const vocabulary = {
      parties: [{ id: 'ukraine', name: 'Ukraine', kind: 'state' as const }],
      issues: [{ id: 'nato', title: 'NATO', proposition: 'p', topic: 'alliances' as const }],
    };
    const checked = new Ledger({ vocabulary });
    expect(problemsOf(() => checked.append([statement({ parties: [name] })]))[0]?.code).toBe('unknown-party');
    expect(problemsOf(() => checked.append([statement({ issue: name })]))[0]?.code).toBe('unknown-issue');
    expect(problemsOf(() => checked.append([statement({ terms: { [name]: 1 } })]))[0]?.code).toBe('unknown-term');
  });

  it("a '__proto__' key in terms (as JSON.parse makes it) is refused, not silently dropped", () => {
    const raw = JSON.parse('{"durationYears": 15, "__proto__": {"polluted": true}}');
    expect(problemsOf(() => new Ledger().append([statement({ terms: raw })]))).toContainEqual(
      expect.objectContaining({ path: ['terms', '__proto__'] }),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('content ids', () => {
  it('a retraction: SHA-256 of the canonical JSON with v filled in and recordedAt normalised', () => {
    const canonical =
      '{"reason":"duplicate","recordedAt":"2024-12-31T23:00:00.000Z","target":"e1","type":"retraction","v":1}';
    const ledger = new Ledger();
    ledger.append([statement({ id: 'e1', recordedAt: '2024-12-01T00:00Z' })]);
    const [event] = ledger.append([
      { target: 'e1', type: 'retraction', reason: 'duplicate', recordedAt: '2025-01-01T00:00+01:00' },
    ]).added;
    expect(event?.id).toBe(sha256(canonical));
  });

  it('a joint statement: keys sorted, parties sorted, nested objects canonical, non-ASCII kept as is', () => {
    const raw = {
      type: 'statement',
      summary: 'Kyiv’s “red line”: no recognition — é',
      parties: ['united-states', 'france'],
      issue: 'security-guarantees',
      stance: 'supports',
      terms: { format: 'coalition', durationYears: 15 },
      salience: 0.5,
      act: 'propose',
      attribution: 'joint-statement',
      statedAt: '2025-12-28T14:00+02:00',
      recordedAt: '2025-12-30T00:00Z',
      sources: [{ quote: 'fifteen years', document: 'doc-1' }],
    };
    const canonical =
      '{"act":"propose","attribution":"joint-statement","issue":"security-guarantees","parties":["france","united-states"],' +
      '"recordedAt":"2025-12-30T00:00:00.000Z","salience":0.5,"sources":[{"document":"doc-1","quote":"fifteen years"}],' +
      '"stance":"supports","statedAt":"2025-12-28T14:00+02:00","summary":"Kyiv’s “red line”: no recognition — é",' +
      '"terms":{"durationYears":15,"format":"coalition"},"type":"statement","v":1}';
    const result = readEvent(raw);
    expect(result.ok && result.event.id).toBe(sha256(canonical));
    // The same content written differently (key order, party order, instant form) gets the same id.
    const reordered = {
      ...Object.fromEntries(Object.entries(raw).reverse()),
      parties: ['france', 'united-states'],
      recordedAt: '2025-12-30T01:00+01:00',
    };
    const again = readEvent(reordered);
    expect(again.ok && again.event.id).toBe(sha256(canonical));
    expect(contentId({ ...JSON.parse(canonical), id: 'ignored' })).toBe(sha256(canonical));
  });

  it("a correction's replacement gets the id it would have as a statement recorded at the correction's time", () => {
    const { type: _t, recordedAt: _r, ...replacement } = statement({ stance: 'supports', summary: 'corrected' });
    const ledger = new Ledger();
    ledger.append([
      statement({ id: 's1' }),
      { type: 'correction', id: 'c1', target: 's1', replacement, recordedAt: '2025-05-01T00:00Z' },
    ]);
    const alone = readEvent({ ...replacement, type: 'statement', recordedAt: '2025-05-01T00:00Z' });
    const correction = ledger.get('c1');
    expect(correction?.type === 'correction' && correction.replacement.id).toBe(alone.ok && alone.event.id);
    expect(ledger.get(alone.ok ? alone.event.id : '')).toMatchObject({
      type: 'statement',
      stance: 'supports',
      recordedAt: '2025-05-01T00:00:00.000Z',
    });
  });

  it("a correction without ids: the replacement's id is derived first and is part of what the correction's id hashes", () => {
    const replacementCanonical =
      '{"act":"concede","attribution":"on-record","issue":"nato","parties":["ukraine"],"recordedAt":"2025-05-01T00:00:00.000Z",' +
      '"sources":[{"document":"doc-2"}],"stance":"neutral","statedAt":"2025-04","summary":"corrected","type":"statement","v":1}';
    const replacementId = sha256(replacementCanonical);
    const correctionCanonical =
      '{"reason":"mistranslation","recordedAt":"2025-05-01T00:00:00.000Z","replacement":{"act":"concede","attribution":"on-record",' +
      `"id":"${replacementId}","issue":"nato","parties":["ukraine"],"sources":[{"document":"doc-2"}],"stance":"neutral",` +
      '"statedAt":"2025-04","summary":"corrected","type":"statement","v":1},"target":"s1","type":"correction","v":1}';
    const result = readEvent({
      type: 'correction',
      target: 's1',
      reason: 'mistranslation',
      recordedAt: '2025-05-01T02:00+02:00',
      replacement: {
        parties: ['ukraine'],
        issue: 'nato',
        stance: 'neutral',
        act: 'concede',
        attribution: 'on-record',
        statedAt: '2025-04',
        summary: 'corrected',
        sources: [{ document: 'doc-2' }],
      },
    });
    expect(result.ok && result.event.type === 'correction' && result.event.replacement.id).toBe(replacementId);
    expect(result.ok && result.event.id).toBe(sha256(correctionCanonical));
  });

  it('an event given its own content id explicitly is the same event (a no-op on re-append)', () => {
    const ledger = new Ledger();
    const [first] = ledger.append([statement()]).added;
    expect(ledger.append([statement({ id: first?.id })])).toEqual({ added: [], unchanged: [first?.id] });
  });
});
