// Preloaded into a measured process (`node --import …/peak-rss.mjs`): writes its peak resident set size,
// in kilobytes, to the file named by POSITIONS_BENCH_RSS as the process exits.
import { writeFileSync } from 'node:fs';

const out = process.env.POSITIONS_BENCH_RSS;
if (out !== undefined) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
