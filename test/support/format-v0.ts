/**
 * A made-up format version 0, for the tests of upcasting: a statement with one `party` instead of
 * `parties`, and `said` for `statedAt`, and the upcaster that reads it as version 1.
 */
import type { Upcasters } from '../../src/index.js';

/** A statement in format version 0. */
export const v0 = {
  type: 'statement',
  v: 0,
  party: 'ukraine',
  issue: 'nato',
  stance: 'demands',
  act: 'demand',
  attribution: 'on-record',
  said: '2025-04',
  recordedAt: '2025-04-23T00:00Z',
  summary: 'Kyiv insists.',
  sources: [{ document: 'doc-1' }],
};

/** Version 0 to version 1. */
export const fromV0: Upcasters = {
  0: ({ party, said, ...rest }) => ({ ...rest, v: 1, parties: [party], statedAt: said }),
};
