// Quotes in evidence are read from the event's text at the byte offset the table keeps, without parsing
// the event (docs/design.md §3.6, §9.2). A quote holding escapes (a quotation mark, a backslash, a line
// break, a non-ASCII letter written as \u) must come back as the string the source gave.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { statement } from '../support/fixtures.js';

describe('evidence quotes', () => {
  it.each([
    ['plain', 'We will not accept it.'],
    ['a quotation mark', 'He said "never" twice.'],
    ['a backslash before the closing mark', 'C:\\path\\'],
    ['a line break and a tab', 'first line\nsecond\tline'],
    ['non-ASCII text', 'Гарантії — «ні»'],
  ])('come back as given with %s', (_, quote) => {
    const ledger = Ledger.from([statement({ id: 's1', sources: [{ document: 'doc-1', quote }] })]);
    expect(ledger.at('2030').cell('ukraine', 'nato')?.evidence).toEqual([{ event: 's1', document: 'doc-1', quote }]);
  });
});
