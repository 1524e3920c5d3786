import { styleText } from 'node:util';
import type { Stance } from '../../vocabulary/index.js';

/**
 * A function that styles a piece of text, or returns it unchanged when colour is off.
 *
 * @example
 * const paint: Paint = stancePainter(wantsColour(process.stdout));
 */
export type Paint = (stance: string) => string;

/**
 * Whether to colour output written to `stream`: only on a terminal, and never when `NO_COLOR` is set
 * to a non-empty value (https://no-color.org).
 *
 * @example
 * wantsColour(process.stdout); //=> false when piped
 */
export function wantsColour(stream: { isTTY?: boolean }): boolean {
  const noColor = process.env['NO_COLOR'];
  return stream.isTTY === true && (noColor === undefined || noColor === '');
}

// For-positions green, against red, neutral yellow; the red lines are bold.
const STYLES: Record<Stance, Parameters<typeof styleText>[0]> = {
  demands: ['green', 'bold'],
  supports: 'green',
  neutral: 'yellow',
  opposes: 'red',
  rejects: ['red', 'bold'],
};

const STANCE_WORD = /(?<![\w-])(demands|supports|neutral|opposes|rejects)(?![\w-])/g;

/**
 * A painter that colours every stance name in a text when `colour` is true, and is the identity otherwise.
 *
 * @example
 * stancePainter(false)('russia=rejects'); //=> 'russia=rejects'
 */
export function stancePainter(colour: boolean): Paint {
  if (!colour) return (text) => text;
  return (text) => text.replace(STANCE_WORD, (word) => styleText(STYLES[word as Stance], word));
}
