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
