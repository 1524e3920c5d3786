import type { LedgerEvent, Statement } from '../events/index.js';
import type { Vocabulary } from '../vocabulary/index.js';
import { STATEMENT_COLUMNS } from './statement-columns.js';

/**
 * Statements as the rows of a statements CSV, and what of them the CSV cannot carry.
 *
 * @example
 * const { header, rows, lossy } = statementsToCsv(ledger.events(), vocabulary);
 */
export interface StatementsCsv {
  /** The column names, in `STATEMENT_COLUMNS` order. */
  readonly header: readonly string[];
  /** One row per statement, in the events' order; each cell as text. */
  readonly rows: readonly (readonly string[])[];
  /** Each statement whose import would differ from it, and why. */
  readonly lossy: readonly { readonly id: string; readonly reason: string }[];
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Writes the statements among events as rows of the import's columns, so that importing them gives the
 * same statements (ids included). Corroborations, retractions and corrections are not statements and are
 * left out. What the columns cannot hold is named in `lossy`: `salience`, a source's `publishedAt` or
 * `url`, a quote from any but the first document, line breaks in text, and term values import would read
 * otherwise (a boolean, number-like text in a term without a type, `;` or surrounding spaces).
 *
 * @example
 * statementsToCsv(ledger.events()).rows[0]?.[0]; //=> 'united-states' (the parties of the first statement)
 */
export function statementsToCsv(events: readonly LedgerEvent[], vocabulary?: Vocabulary): StatementsCsv {
  const rows: string[][] = [];
  const lossy: { id: string; reason: string }[] = [];
  for (const event of events) {
    if (event.type !== 'statement') continue;
    const cells = cellsOf(event);
    rows.push(STATEMENT_COLUMNS.map((column) => cells[column.name] ?? ''));
    for (const reason of lostIn(event, vocabulary)) lossy.push({ id: event.id, reason });
  }
  return { header: STATEMENT_COLUMNS.map((c) => c.name), rows, lossy };
}

function cellsOf(statement: Statement): Record<string, string> {
  const terms = Object.entries(statement.terms ?? {})
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(';');
  return {
    parties: statement.parties.join(';'),
    issue: statement.issue,
    stance: statement.stance,
    terms,
    conditions: statement.conditions ?? '',
    act: statement.act,
    attribution: statement.attribution,
    statedAt: statement.statedAt,
    summary: statement.summary,
    quote: statement.sources[0]?.quote ?? '',
    document: statement.sources.map((s) => s.document).join(';'),
    speaker: statement.speaker?.name ?? '',
    speakerRole: statement.speaker?.role ?? '',
    authority: statement.speaker?.authority ?? '',
    recordedAt: statement.recordedAt,
    id: statement.id,
  };
}

function lostIn(statement: Statement, vocabulary: Vocabulary | undefined): string[] {
  const lost: string[] = [];
  if (statement.salience !== undefined) lost.push('its salience has no column');
  statement.sources.forEach((source, i) => {
    if (source.publishedAt !== undefined || source.url !== undefined)
      lost.push(`the publishedAt or url of its source '${source.document}' has no column (sources.json has them)`);
    if (i > 0 && source.quote !== undefined) lost.push(`only the first document's quote has a column`);
  });
  const texts = [
    statement.summary,
    statement.conditions,
    statement.sources[0]?.quote,
    statement.speaker?.name,
    statement.speaker?.role,
  ];
  if (texts.some((text) => text !== undefined && /[\r\n]/.test(text)))
    lost.push('a text of it holds a line break, which import refuses');
  const types = vocabulary?.issue(statement.issue)?.terms;
  for (const [key, value] of Object.entries(statement.terms ?? {})) {
    const type = types?.find((t) => t.name === key)?.type;
    if (typeof value === 'boolean') lost.push(`term '${key}' is a boolean, which import reads as text`);
    else if (typeof value === 'string') {
      if (type !== 'string' && NUMBER.test(value.trim()))
        lost.push(`term '${key}' is the text '${value}', which import reads as a number`);
      if (/[;\r\n]/.test(value) || value.trim() !== value || value === '')
        lost.push(
          `term '${key}' is ${JSON.stringify(value)}: a term value cannot be empty, hold ';' or a line break, or start or end with spaces`,
        );
    }
    if (/[=;]/.test(key) || key.trim() !== key) lost.push(`term name '${key}' cannot be written as key=value`);
  }
  return lost;
}
