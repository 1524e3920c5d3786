#!/usr/bin/env node
// The `positions` command. Kept tiny: everything heavy is imported by the command that needs it.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2));
