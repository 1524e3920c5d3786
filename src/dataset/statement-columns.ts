import { ActSchema, AttributionSchema, AuthoritySchema } from '../events/index.js';
import { STANCES } from '../vocabulary/index.js';

/**
 * A column of a statements CSV (`positions import`, `positions export --format csv`).
 *
 * @example
 * STATEMENT_COLUMNS.find((c) => c.name === 'stance')?.required; //=> true
 */
export interface StatementColumn {
  /** The header cell naming it (matched ignoring case). */
  readonly name: string;
  /** Whether every file must have it (and every row fill it in). */
  readonly required: boolean;
  /** What to write in it, in one line. */
  readonly about: string;
}

const list = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/**
 * The columns of a statements CSV, in the order export writes them and the template lists them. A file
 * may put them in any order and leave out the optional ones. Only `parties` and `document` hold several
 * values, separated by `;`.
 *
 * @example
 * STATEMENT_COLUMNS.filter((c) => c.required).map((c) => c.name);
 * //=> ['parties', 'issue', 'stance', 'act', 'attribution', 'statedAt', 'summary', 'document']
 */
export const STATEMENT_COLUMNS: readonly StatementColumn[] = Object.freeze(
  [
    {
      name: 'parties',
      required: true,
      about: 'who took the stance: a party id, alias or display name; several for a joint statement, separated by ;',
    },
    { name: 'issue', required: true, about: 'the issue id' },
    { name: 'stance', required: true, about: list(STANCES) },
    {
      name: 'terms',
      required: false,
      about:
        "the quantities or options named, as key=value;key=value, each key a term of the issue; a value is read as the term's type says (a term without a type: a number if it reads as one, else text)",
    },
    { name: 'conditions', required: false, about: 'the conditions attached, in your own words' },
    { name: 'act', required: true, about: list(ActSchema.options) },
    { name: 'attribution', required: true, about: list(AttributionSchema.options) },
    {
      name: 'statedAt',
      required: true,
      about: 'when it was said, as precisely as the document allows: YYYY, YYYY-MM, YYYY-MM-DD, or an interval A/B',
    },
    { name: 'summary', required: true, about: 'what was said, in your own words' },
    { name: 'quote', required: false, about: "the party's own words, as the first document quotes them" },
    {
      name: 'document',
      required: true,
      about:
        'the source document ids (as in sources.json), separated by ; the first one is where the statement was read',
    },
    {
      name: 'speaker',
      required: false,
      about: 'who spoke for the parties: a name, or a description such as "a senior official"',
    },
    { name: 'speakerRole', required: false, about: "the speaker's office" },
    {
      name: 'authority',
      required: false,
      about: `how far the speaker can commit the parties (needed with a speaker): ${list(AuthoritySchema.options)}`,
    },
    {
      name: 'recordedAt',
      required: false,
      about:
        "when it entered the record, a date-time with a zone (default: the first document's publishedAt at 00:00Z)",
    },
    { name: 'id', required: false, about: 'the event id (default: derived from the content)' },
  ].map((column) => Object.freeze(column)),
);
