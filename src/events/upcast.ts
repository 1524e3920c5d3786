import type { Problem } from '../errors/index.js';
import { CURRENT_EVENT_VERSION } from './fields.js';

/**
 * Turns a raw event of format version `n` into one of version `n + 1` (it must set `v`).
 *
 * @example
 * const fromV0: Upcaster = (raw) => ({ ...raw, v: 1, parties: [raw['party']] });
 */
export type Upcaster = (event: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Upcasters keyed by the version they upgrade from.
 *
 * @example
 * const upcasters: Upcasters = { 0: fromV0 };
 */
export type Upcasters = Readonly<Record<number, Upcaster>>;

/**
 * The upcasters this release ships. Version 1 is the first published format, so there are none yet;
 * when the format changes, the step from the old version is added here and stored logs stay as they are.
 */
export const DEFAULT_UPCASTERS: Upcasters = Object.freeze({});

/**
 * Upgrades a raw event step by step, one upcaster per version, until it reaches `targetVersion`
 * (docs/design.md §5.3).
 * A missing `v` means version 1.
 *
 * @returns the upgraded raw event, or the problem that stopped it.
 * @example
 * upcast({ type: 'statement', v: 0, party: 'ukraine' }, { 0: (e) => ({ ...e, v: 1, parties: [e.party] }) });
 * //=> { event: { type: 'statement', v: 1, party: 'ukraine', parties: ['ukraine'] } }
 */
export function upcast(
  raw: Readonly<Record<string, unknown>>,
  upcasters: Upcasters = DEFAULT_UPCASTERS,
  targetVersion: number = CURRENT_EVENT_VERSION,
): { event: Record<string, unknown> } | { problem: Problem } {
  let event: Record<string, unknown> = { ...raw };
  let version = event['v'] === undefined ? 1 : event['v'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      problem: {
        code: 'schema',
        path: ['v'],
        message: `format version must be a whole number, got ${JSON.stringify(version)}`,
      },
    };
  }
  if (version > targetVersion) {
    return {
      problem: {
        code: 'unsupported-version',
        path: ['v'],
        message: `format version ${version} is newer than this release reads (${targetVersion})`,
        suggestion: 'upgrade positions-ledger',
      },
    };
  }
  while (version < targetVersion) {
    const step = Object.hasOwn(upcasters, version) ? upcasters[version] : undefined;
    if (step === undefined) {
      return {
        problem: {
          code: 'unsupported-version',
          path: ['v'],
          message: `no upcaster from format version ${version} to ${version + 1}`,
        },
      };
    }
    event = step(event);
    if (event['v'] !== version + 1) {
      return {
        problem: {
          code: 'unsupported-version',
          path: ['v'],
          message: `the upcaster from version ${version} did not produce version ${version + 1}`,
        },
      };
    }
    version += 1;
  }
  return { event };
}
