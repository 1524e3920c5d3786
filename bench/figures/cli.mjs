// Figure: the wall time of `positions stances --at …` on the bundled dataset, against starting Node
// and doing nothing (`node -e ""`), both as fresh processes, alternating so load affects both alike.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { libraryFile } from '../lib/library.mjs';
import { figureArgs, median, report } from '../lib/measure.mjs';

const { runs = 15 } = figureArgs();
const cli = libraryFile('cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');

const time = (args) => {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { elapsed, stdout: result.stdout };
};
const command = [cli, 'stances', '--at', '2025-12-31', '--format', 'json'];
const empty = ['-e', ''];
const cliTimes = [];
const nodeTimes = [];
let stances = 0;
for (let run = -2; run < runs; run++) {
  const a = time(command);
  const b = time(empty);
  if (run < 0) continue;
  cliTimes.push(a.elapsed);
  nodeTimes.push(b.elapsed);
  stances = JSON.parse(a.stdout).stances.length;
}
report([
  {
    key: 'cli',
    figure: 'CLI: positions stances --at 2025-12-31 on the bundled dataset',
    measure: `node dist/cli.js stances --at 2025-12-31 --format json (${stances} stances), wall time`,
    value: median(cliTimes),
    baseline: 'node -e ""',
    baselineValue: median(nodeTimes),
    target: '≤ 3× the baseline',
    rule: 'ratio<=3',
  },
]);
