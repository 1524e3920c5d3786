import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/**
 * The content-derived id of an event: SHA-256 (hex) of the RFC 8785 canonical JSON of the
 * normalised event without its `id`. The same on every machine and in the browser (docs/design.md §1.5).
 *
 * @example
 * contentId({ type: 'retraction', v: 1, target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T00:00:00.000Z' });
 * //=> a 64-character lowercase hex string, always the same for this content
 */
export function contentId(normalized: Readonly<Record<string, unknown>>): string {
  const { id: _ignored, ...content } = normalized;
  return sha256Hex(encoder.encode(canonicalJson(content)));
}

const encoder = new TextEncoder();
