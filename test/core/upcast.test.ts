// Format versions: reading goes through one place that upgrades older versions step by step.
// Version 0 here is made up: a statement with one `party` instead of `parties`, and `said` for `statedAt`.
import { describe, expect, it } from 'vitest';
import { Ledger, ValidationError, readEvent, upcast, type Upcasters } from '../../src/index.js';
import { statement } from '../support/fixtures.js';
import { fromV0, v0 } from '../support/format-v0.js';

describe('upcasting', () => {
  it('a ledger given an upcaster reads a v0 event as the v1 event it becomes', () => {
    const ledger = new Ledger({ upcasters: fromV0 });
    const [event] = ledger.append([v0]).added;
    expect(event).toMatchObject({ v: 1, parties: ['ukraine'], statedAt: '2025-04' });
    expect(event).not.toHaveProperty('party');
    // It is the same event as the one written in v1 directly: same content, same id.
    const direct = readEvent(statement({ summary: 'Kyiv insists.' }));
    expect(direct.ok && direct.event.id).toBe(event?.id);
    expect(ledger.cell('ukraine', 'nato', { at: '2025-12-31' })?.stance).toBe('demands');
    // Appending it again, in either version, is a no-op.
    expect(ledger.append([v0, statement({ summary: 'Kyiv insists.' })]).added).toEqual([]);
  });

  it('without the upcaster, a v0 event is refused with the missing step named', () => {
    let error: unknown;
    try {
      new Ledger().append([v0]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      expect.objectContaining({
        code: 'unsupported-version',
        path: ['v'],
        message: expect.stringMatching(/from format version 0 to 1/),
      }),
    ]);
  });

  it('an unknown newer version is refused, suggesting an upgrade', () => {
    const result = readEvent(statement({ v: 2 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        code: 'unsupported-version',
        message: expect.stringMatching(/version 2 is newer/),
        suggestion: expect.stringMatching(/upgrade/),
      }),
    ]);
  });

  it('an upcaster whose output is invalid is caught by the schema, like any input', () => {
    const broken: Upcasters = { 0: (e) => ({ ...e, v: 1 }) };
    const result = readEvent(v0, { upcasters: broken });
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([['parties'], ['statedAt'], ['party'], ['said']]),
    );
  });

  it('the chain v1 → v2 → v3 runs one step at a time, in order', () => {
    const steps: number[] = [];
    const chain: Upcasters = {
      1: (e) => {
        steps.push(1);
        return { ...e, v: 2, renamed: e['old'] };
      },
      2: ({ renamed, ...e }) => {
        steps.push(2);
        return { ...e, v: 3, final: `${String(renamed)}!` };
      },
    };
    expect(upcast({ type: 'x', old: 'value' }, chain, 3)).toEqual({
      event: { type: 'x', old: 'value', v: 3, final: 'value!' },
    });
    expect(steps).toEqual([1, 2]);
    expect(upcast({ type: 'x', v: 2, renamed: 'r' }, chain, 3)).toEqual({ event: { type: 'x', v: 3, final: 'r!' } });
    expect(upcast({ type: 'x', v: 3 }, chain, 3)).toEqual({ event: { type: 'x', v: 3 } });
  });

  it('a gap in the chain, a step that does not set the next version, or a malformed version is a problem', () => {
    expect(upcast({ v: 1 }, { 2: (e) => ({ ...e, v: 3 }) }, 3)).toEqual({
      problem: expect.objectContaining({ code: 'unsupported-version', message: expect.stringMatching(/1 to 2/) }),
    });
    expect(upcast({ v: 1 }, { 1: (e) => ({ ...e }) }, 2)).toEqual({
      problem: expect.objectContaining({ message: expect.stringMatching(/did not produce version 2/) }),
    });
    expect(upcast({ v: 'one' }, {}, 1)).toEqual({ problem: expect.objectContaining({ code: 'schema', path: ['v'] }) });
    expect(upcast({ v: 4 }, {}, 3)).toEqual({ problem: expect.objectContaining({ code: 'unsupported-version' }) });
  });

  it('an upcaster is found only as an own entry, never on a prototype', () => {
    // A plain {} inherits members such as 'constructor', but has no own step 0.
    expect(upcast({ v: 0 }, {}, 1)).toEqual({ problem: expect.objectContaining({ code: 'unsupported-version' }) });
  });
});
