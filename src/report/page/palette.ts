import type { Stance, Verdict } from '../../index.js';

// A blue/orange diverging scale (ColorBrewer-like): for = blue, against = orange. It stays apart
// for the common colour-vision deficiencies, and every use also carries text, never colour alone.

/** How one stance is drawn: background, text colour on it, and a short text mark. */
export interface StanceStyle {
  /** Background fill. */
  readonly fill: string;
  /** Text colour on that fill (contrast ≥ 4.5:1). */
  readonly ink: string;
  /** A short mark for narrow places (timeline segments). */
  readonly mark: string;
}

/**
 * The colour and mark of each stance.
 *
 * @example
 * STANCE_STYLES.rejects.mark; //=> '−−'
 */
export const STANCE_STYLES: Readonly<Record<Stance, StanceStyle>> = {
  demands: { fill: '#08519c', ink: '#ffffff', mark: '++' },
  supports: { fill: '#9ecae1', ink: '#08306b', mark: '+' },
  neutral: { fill: '#ececec', ink: '#222222', mark: '0' },
  opposes: { fill: '#fdbe85', ink: '#5a1e02', mark: '−' },
  rejects: { fill: '#a63603', ink: '#ffffff', mark: '−−' },
};

/**
 * The colour of each divergence verdict: contested in orange, consensus in blue, open in grey.
 *
 * @example
 * VERDICT_FILLS.open; //=> '#bdbdbd'
 */
export const VERDICT_FILLS: Readonly<Record<Verdict, string>> = {
  contested: '#e6550d',
  consensus: '#3182bd',
  open: '#bdbdbd',
};
