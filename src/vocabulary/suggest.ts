/**
 * The closest candidate to a mistyped id or name, if one is close enough to be a likely typo.
 * Case is ignored; transpositions count as one edit.
 *
 * @example
 * suggest('ukriane', ['ukraine', 'russia']); //=> 'ukraine'
 * suggest('mars', ['ukraine', 'russia']); //=> undefined
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(needle.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * `{ suggestion: "did you mean 'x'?" }` for the closest candidate, or `{}`: ready to spread into a problem.
 *
 * @example
 * didYouMean('rusia', ['russia']); //=> { suggestion: "did you mean 'russia'?" }
 */
export function didYouMean(input: string, candidates: Iterable<string>): { suggestion?: string } {
  const guess = suggest(input, candidates);
  return guess === undefined ? {} : { suggestion: `did you mean '${guess}'?` };
}

/** Optimal-string-alignment distance, giving up once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? limit;
}

/**
 * Something a user may name in several ways: its id and every other name it answers to (aliases, a
 * display name, a title).
 *
 * @example
 * const candidate: NamedCandidate = { id: 'ukraine', names: ['ukraine', 'Ukraine', 'Kyiv', 'Kiev'] };
 */
export interface NamedCandidate {
  /** The id it resolves to. */
  readonly id: string;
  /** Every name it answers to, its id included. */
  readonly names: readonly string[];
}

/**
 * One ranked guess of {@link rankSuggestions}.
 *
 * @example
 * const guess: RankedSuggestion = { id: 'ukraine', name: 'Kyiv' };
 */
export interface RankedSuggestion {
  /** The candidate's id. */
  readonly id: string;
  /** The name of it that matched the input best, as written. */
  readonly name: string;
}

/** How many guesses {@link rankSuggestions} returns unless told otherwise. */
export const SUGGESTION_LIMIT = 5;

/**
 * The candidates an unknown name may have meant, best first, each once. Case is ignored. A name matches
 * the input in one of three ways, tried in this order of rank:
 *
 * 1. **prefix**: the name starts with the input (`ceasefire` → `ceasefire-monitoring`); shorter names
 *    first, as they need less completing;
 * 2. **words**: every word of the input (letters and digits between other characters) is a word of the
 *    name or, when it has three characters or more, the start of one (`nato` → `ukraine-in-nato`,
 *    `guarantee` → `security-guarantees`); names with fewer words besides the input's first;
 * 3. **spelling**: the name is a likely typo of the input, as {@link suggest} judges it, in fewer edits
 *    than the input has characters (`ukriane` → `ukraine`); only the names the fewest edits away.
 *
 * A candidate ranks by its best-matching name; ties go to its id over its other names, then to the
 * candidate whose id sorts first. At most `limit` guesses.
 *
 * @example
 * const issues = [
 *   { id: 'ceasefire-monitoring', names: ['ceasefire-monitoring'] },
 *   { id: 'guarantees-before-ceasefire', names: ['guarantees-before-ceasefire'] },
 *   { id: 'ukraine-in-nato', names: ['ukraine-in-nato'] },
 * ];
 * rankSuggestions('ceasefire', issues).map((s) => s.id); //=> ['ceasefire-monitoring', 'guarantees-before-ceasefire']
 */
export function rankSuggestions(
  input: string,
  candidates: Iterable<NamedCandidate>,
  limit = SUGGESTION_LIMIT,
): RankedSuggestion[] {
  const needle = input.toLowerCase();
  const needleWords = wordsOf(needle);
  const typoLimit = Math.max(2, Math.floor(needle.length / 3)) + 1;
  const ranked: { id: string; name: string; tier: number; score: number; isId: boolean }[] = [];
  for (const candidate of candidates) {
    let best: { name: string; tier: number; score: number; isId: boolean } | undefined;
    for (const name of candidate.names) {
      const match = matchName(needle, needleWords, typoLimit, name.toLowerCase());
      if (match === undefined) continue;
      const found = { name, ...match, isId: name === candidate.id };
      if (best === undefined || compareMatches(found, best) < 0) best = found;
    }
    if (best !== undefined) ranked.push({ id: candidate.id, ...best });
  }
  ranked.sort((a, b) => compareMatches(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Of the typos, only the closest: a long input is within several edits of many names.
  const closest = Math.min(...ranked.filter((r) => r.tier === 2).map((r) => r.score));
  return ranked
    .filter((r) => r.tier < 2 || r.score === closest)
    .slice(0, limit)
    .map(({ id, name }) => ({ id, name }));
}

/**
 * "did you mean 'a'?", "did you mean 'a' or 'b'?", "did you mean 'a', 'b' or 'c'?"; undefined for none.
 *
 * @example
 * didYouMeanAny(['ceasefire-monitoring', 'ceasefire-deterrence']);
 * //=> "did you mean 'ceasefire-monitoring' or 'ceasefire-deterrence'?"
 */
export function didYouMeanAny(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const quoted = names.map((n) => `'${n}'`);
  const last = quoted.pop() as string;
  return `did you mean ${quoted.length === 0 ? last : `${quoted.join(', ')} or ${last}`}?`;
}

// Tier 0 prefix, 1 words, 2 spelling; within a tier a lower score is closer.
function matchName(
  needle: string,
  needleWords: readonly string[],
  typoLimit: number,
  name: string,
): { tier: number; score: number } | undefined {
  if (needle !== '' && name.startsWith(needle)) return { tier: 0, score: name.length };
  if (needleWords.length > 0) {
    const nameWords = wordsOf(name);
    const used = new Set<number>();
    const all = needleWords.every((word) => {
      const at = nameWords.findIndex(
        (w, i) => !used.has(i) && (w === word || (word.length >= 3 && w.startsWith(word))),
      );
      if (at === -1) return false;
      used.add(at);
      return true;
    });
    if (all) return { tier: 1, score: nameWords.length - needleWords.length };
  }
  // A guess must keep some of the input: two edits turn 'k' into any two-character id.
  const distance = editDistance(needle, name, typoLimit);
  return distance < typoLimit && distance < needle.length ? { tier: 2, score: distance } : undefined;
}

function compareMatches(
  a: { tier: number; score: number; isId: boolean },
  b: { tier: number; score: number; isId: boolean },
): number {
  return a.tier - b.tier || a.score - b.score || Number(b.isId) - Number(a.isId);
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}
