// Run by test/core/working-memory.test.ts in a process of its own, against the built package: the answers
// to every (stream, query) of the input file, each from fresh working memory and a fresh ledger, so that
// nothing one fold or query leaves behind can reach another. Prints them as one JSON document.
//
//   node test/support/fresh-answers.mjs <dist/index.js> <input.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [dist, input] = process.argv.slice(2);
const { foldEvents, Ledger } = await import(pathToFileURL(dist).href);
const { vocabulary, streams, queries } = JSON.parse(readFileSync(input, 'utf8'));

/** A query time as the test wrote it: a string, or `{ date }` for a `Date`. */
const time = (value) => (value !== null && typeof value === 'object' ? new Date(value.date) : value);

const answers = streams.map(({ raw, events }) =>
  queries.map((query) => {
    const options = { inherit: query.inherit, ...(query.knownAt === null ? {} : { knownAt: time(query.knownAt) }) };
    return {
      folded: foldEvents(events, time(query.at), { ...options, vocabulary }),
      indexed: Ledger.from(raw, { vocabulary }).at(time(query.at), options),
    };
  }),
);
process.stdout.write(JSON.stringify(answers));
