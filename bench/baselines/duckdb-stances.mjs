// The analyst's alternative to `positions stances --at T`: DuckDB reads the NDJSON file, naming the
// columns it needs (as a DuckDB user would for speed), and takes each (party, issue)'s latest stance
// stated by T. Run as its own process so the figure times it spawn to exit, as it times the CLI.
//
//   node bench/baselines/duckdb-stances.mjs FILE T
import { DuckDBInstance } from '@duckdb/node-api';

const [file, at] = process.argv.slice(2);
if (file === undefined || at === undefined) throw new Error('usage: duckdb-stances.mjs FILE T');
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const sql = `SELECT party, issue, arg_max(stance, (statedAt, recordedAt, id)) FROM (
  SELECT unnest(parties) AS party, issue, stance, statedAt, recordedAt, id
  FROM read_json(${quote(file)}, format='newline_delimited',
    columns={'id':'VARCHAR','parties':'VARCHAR[]','issue':'VARCHAR','stance':'VARCHAR','statedAt':'VARCHAR','recordedAt':'VARCHAR'})
) WHERE statedAt <= ${quote(at)} GROUP BY ALL`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
let out = '';
for (const row of reader.getRows()) out += `${row.join('\t')}\n`;
process.stdout.write(out);
