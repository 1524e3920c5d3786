/**
 * One piece of evidence behind a cell: a report of the winning statement (docs/design.md §3.6).
 *
 * @example
 * ledger.cell('united-states', 'deal-within-reach', { at: '2026-01-06' })?.evidence.map((e) => e.document);
 * //=> ['001_c5f11daeeed803d4', '003_80dd6f8df4cb6ed5']
 */
export interface Evidence {
  /** The event that brought this source: the statement itself or a corroboration of it. */
  readonly event: string;
  /** The source document. */
  readonly document: string;
  /** The party's own words, as quoted there. */
  readonly quote?: string;
  /** The bloc the position came through, when the cell inherits it (`inherit`). */
  readonly via?: string;
}
