// Names as analysts type them: display names and titles resolve; unknown names get guesses ranked by
// prefix, then words, then spelling (src/vocabulary/suggest.ts); alignment among several parties.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { didYouMeanAny, rankSuggestions } from '../../src/vocabulary/index.js';
import { ensureCliBuilt, positions, positionsJson } from './support/cli.js';
import { handMadeFolder } from './support/hand-made.js';

let folder: string;
beforeAll(() => {
  ensureCliBuilt();
  folder = handMadeFolder();
});

const named = (id: string, ...names: string[]) => ({ id, names: [id, ...names] });

describe('the ranking of guesses', () => {
  const issues = [
    named('truce', 'Truce now'),
    named('truce-monitoring', 'Monitored truce'),
    named('guarantees-before-truce', 'Guarantees before any truce'),
    named('border', 'Border line'),
  ];

  test('prefix first, shorter names first; then names holding every word of the input', () => {
    // 'tru' begins 'truce' (5 characters) and 'truce-monitoring' (16); it begins the word 'truce' of
    // 'guarantees-before-truce' only.
    expect(rankSuggestions('tru', issues).map((s) => s.id)).toEqual([
      'truce',
      'truce-monitoring',
      'guarantees-before-truce',
    ]);
  });

  test('words match in any order, names with fewer other words first', () => {
    // 'truce before' holds the words of 'guarantees-before-truce' (one word more) and of its title
    // (two more): the id ranks it. 'monitored' is a word of the title 'Monitored truce' only.
    expect(rankSuggestions('truce before', issues)).toEqual([
      { id: 'guarantees-before-truce', name: 'guarantees-before-truce' },
    ]);
    expect(rankSuggestions('monitored', issues)).toEqual([{ id: 'truce-monitoring', name: 'Monitored truce' }]);
  });

  test('spelling last, only the fewest edits away, and never as many edits as the input has characters', () => {
    // 'bordr' is one edit from 'border'; 'truse' one edit from 'truce'.
    expect(rankSuggestions('bordr', issues).map((s) => s.id)).toEqual(['border']);
    expect(rankSuggestions('truse', issues).map((s) => s.id)).toEqual(['truce']);
    // 'a-b-c' is one edit from 'a-b-d' and 'a-b-e', two from 'a-x-y': the two closest only.
    expect(rankSuggestions('a-b-c', [named('a-x-y'), named('a-b-e'), named('a-b-d')]).map((s) => s.id)).toEqual([
      'a-b-d',
      'a-b-e',
    ]);
    expect(rankSuggestions('x', [named('a1'), named('b2')])).toEqual([]);
  });

  test('a prefix match outranks a spelling match, and ties go to the id', () => {
    const parties = [named('ukraine', 'Ukraine', 'Kyiv'), named('uk', 'UK', 'Britain')];
    // 'uk' is an exact name of 'uk' and a prefix of 'ukraine': both prefix matches, the shorter first.
    expect(rankSuggestions('uk', parties)).toEqual([
      { id: 'uk', name: 'uk' },
      { id: 'ukraine', name: 'ukraine' },
    ]);
    // 'kyvi' is one transposition from the alias 'Kyiv', shown as written.
    expect(rankSuggestions('kyvi', parties)).toEqual([{ id: 'ukraine', name: 'Kyiv' }]);
  });

  test('at most five, in order; the message lists them', () => {
    const many = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => named(id));
    expect(rankSuggestions('a', many).map((s) => s.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(didYouMeanAny(['a'])).toBe("did you mean 'a'?");
    expect(didYouMeanAny(['a', 'b'])).toBe("did you mean 'a' or 'b'?");
    expect(didYouMeanAny(['a', 'b', 'c'])).toBe("did you mean 'a', 'b' or 'c'?");
    expect(didYouMeanAny([])).toBeUndefined();
  });
});

describe('names on the command line', () => {
  test("a party's display name and an issue's title are accepted, in any case", () => {
    const byName = positionsJson([
      'stances',
      '--data',
      folder,
      '--party',
      'northern republic',
      '--issue',
      'Border Line',
    ]) as { stances: { party: string; issue: string }[] };
    expect(byName.stances.map((s) => [s.party, s.issue])).toEqual([['north', 'border']]);
    const bundled = positionsJson([
      'stances',
      '--at',
      '2025-12-31',
      '--party',
      'United States',
      '--issue',
      'ukraine-in-nato',
    ]) as {
      stances: { party: string }[];
    };
    expect(bundled.stances.map((s) => s.party)).toEqual(['united-states']);
  });

  test('--issue ceasefire suggests the ceasefire issues of the bundled dataset, ranked', () => {
    const run = positions(['stances', '--issue', 'ceasefire']);
    expect(run.code).toBe(2);
    // Three ids begin with 'ceasefire' (20, 20 and 27 characters; ties by id), one holds it as a word.
    expect(run.stderr).toBe(
      "positions: unknown issue 'ceasefire' — did you mean 'ceasefire-deterrence', 'ceasefire-monitoring', " +
        "'ceasefire-before-settlement' or 'guarantees-before-ceasefire'?\n",
    );
  });

  test('--party suggests by prefix and by words', () => {
    expect(positions(['stances', '--party', 'united']).stderr).toBe(
      "positions: unknown party 'united' — did you mean 'united-states' or 'united-kingdom'?\n",
    );
    expect(positions(['timeline', '--data', folder, '--party', 'republic', '--issue', 'truce']).stderr).toBe(
      "positions: unknown party 'republic' — did you mean 'Northern Republic'?\n",
    );
    expect(positions(['timeline', '--data', folder, '--party', 'north', '--issue', 'monitoring']).stderr).toBe(
      "positions: unknown issue 'monitoring' — did you mean 'truce-monitoring'?\n",
    );
  });

  test('a display name two parties share resolves to neither, and both are suggested by id', () => {
    const copy = handMadeFolder();
    const vocabulary = JSON.parse(readFileSync(join(copy, 'vocabulary.json'), 'utf8'));
    vocabulary.parties.push({ id: 'east-2', name: 'Southern Union', kind: 'state' });
    writeFileSync(join(copy, 'vocabulary.json'), JSON.stringify(vocabulary));
    const run = positions(['stances', '--data', copy, '--party', 'Southern Union']);
    expect(run.code).toBe(2);
    // Both names match in full (the same prefix match, the same length): ties go by id.
    expect(run.stderr).toBe("positions: unknown party 'Southern Union' — did you mean 'east-2' or 'south'?\n");
  });
});

describe('alignment with several --party', () => {
  // At 2025-08-15: east opposes the truce, north supports it and the border, south opposes the truce and
  // supports the border; the League (a bloc of north and east) supports the truce. A bloc is never paired
  // with its own members (§6.5).
  const pairs = (...parties: string[]) =>
    (
      positionsJson(['alignment', '--data', folder, ...parties.flatMap((p) => ['--party', p])]) as {
        pairs: { parties: string[]; agree: string[]; disagree: string[] }[];
      }
    ).pairs;

  test('one party: every pair that includes it', () => {
    expect(pairs('north')).toEqual([
      { parties: ['east', 'north'], agree: [], disagree: ['truce'], other: [] },
      { parties: ['north', 'south'], agree: ['border'], disagree: ['truce'], other: [] },
    ]);
  });

  test('three parties: only the pairs among them (not league–south, which touches south)', () => {
    expect(pairs('Nordland', 'Southern Union', 'east')).toEqual([
      { parties: ['east', 'north'], agree: [], disagree: ['truce'], other: [] },
      { parties: ['east', 'south'], agree: ['truce'], disagree: [], other: [] },
      { parties: ['north', 'south'], agree: ['border'], disagree: ['truce'], other: [] },
    ]);
    // Without --party, league–south is there: the filter, not the data, left it out.
    expect(pairs().map((p) => p.parties.join('–'))).toContain('league–south');
  });
});
