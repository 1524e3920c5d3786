/**
 * Thrown for a time that is not a valid fuzzy time; says which rule it broke.
 *
 * @example
 * try { parseFuzzyTime('2025-02-30'); } catch (e) { (e as InvalidTimeError).rule; }
 * //=> '2025-02-30 is not a calendar date'
 */
export class InvalidTimeError extends Error {
  /** The text that failed to parse. */
  readonly input: string;
  /** The rule it broke, in plain words. */
  readonly rule: string;
  /** How to write it instead, where there is a simple fix. */
  readonly suggestion: string | undefined;

  constructor(input: string, rule: string, suggestion?: string) {
    super(`invalid time '${input}': ${rule}${suggestion ? ` (${suggestion})` : ''}`);
    this.name = 'InvalidTimeError';
    this.input = input;
    this.rule = rule;
    this.suggestion = suggestion;
  }
}
