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

// Blue for, yellow against (a pair colour-blind readers tell apart, unlike green and red), red lines bold,
// neutral dim. Plain SGR codes rather than util.styleText, which older Node 20 releases lack.
const STYLES: Record<Stance, string> = {
  demands: '1;34',
  supports: '34',
  neutral: '2',
  opposes: '33',
  rejects: '1;33',
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
  return (text) => text.replace(STANCE_WORD, (word) => `\u001b[${STYLES[word as Stance]}m${word}\u001b[0m`);
}
