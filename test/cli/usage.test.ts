// Exit codes, one-line errors with "did you mean", every command's --help, and colour only on a terminal.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliPath, ensureCliBuilt, positions, root } from './support/cli.js';

beforeAll(() => ensureCliBuilt());

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what a colour code starts with
const ANSI = /\x1b\[/;
const COMMANDS = [
  'stances',
  'timeline',
  'diff',
  'divergence',
  'alignment',
  'validate',
  'append',
  'show',
  'vocabulary',
  'sources',
];

/** A usage error: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectUsageError(args: string[], ...fragments: string[]): string {
  const run = positions(args);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  for (const fragment of fragments) expect(run.stderr).toContain(fragment);
  return run.stderr;
}

describe('exit code 2: wrong usage, one line, with a "did you mean"', () => {
  test('unknown command', () =>
    expectUsageError(['stanses', '--at', '2025'], "unknown command 'stanses'", "did you mean 'stances'?"));
  test('unknown flag', () =>
    expectUsageError(
      ['divergence', '--at', '2025', '--formt', 'json'],
      "unknown option '--formt'",
      "did you mean '--format'?",
    ));
  test('unknown format', () =>
    expectUsageError(['divergence', '--at', '2025', '--format', 'xml'], "'xml'", 'table, json, csv'));
  test('missing required flag', () => expectUsageError(['timeline', '--party', 'Kyiv'], '--issue'));
  test('no command at all', () => {
    const run = positions([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: positions');
  });
  test.each([
    [['stances', '--at', '2025-02-30'], '--at', 'not a calendar date'],
    [['stances', '--at', '2025-12-31T10:00'], '--at', '2025-12-31T10:00'],
    [['stances', '--at', '2025-04/2025-05'], '--at', 'interval'],
    [['stances', '--at', '2025-12-31', '--known-at', '31/12/2025'], '--known-at', '31/12/2025'],
    [['diff', '--from', '2025-13', '--to', '2025-12'], '--from', '2025-13'],
    [['diff', '--from', '2025-04', '--to', 'yesterday'], '--to', 'yesterday'],
  ])('bad date %j names the flag and the rule', (args, flag, fragment) => {
    expectUsageError(args, `invalid ${flag}`, fragment);
  });
  test('unknown party id or alias', () =>
    expectUsageError(
      ['stances', '--at', '2025', '--party', 'ukriane'],
      "unknown party 'ukriane'",
      "did you mean 'ukraine'?",
    ));
  test('unknown issue', () =>
    expectUsageError(
      ['timeline', '--party', 'Kyiv', '--issue', 'ukraine-in-nat0'],
      "unknown issue 'ukraine-in-nat0'",
      "did you mean 'ukraine-in-nato'?",
    ));
  test('missing data path', () =>
    expectUsageError(['vocabulary', '--data', 'no/such/folder'], "cannot read 'no/such/folder'", 'no such file'));
  test('append without a store', () => expectUsageError(['append', 'x.ndjson'], 'append needs --data'));
});

describe('--help', () => {
  test.each(COMMANDS)('%s --help runs and shows a real example that works', (command) => {
    const run = positions([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: positions ${command}`);
    expect(run.stdout).toContain('--data');
    expect(run.stdout).toContain('--format');
    const example = run.stdout.split('\n').find((line) => line.trim().startsWith(`$ positions ${command}`));
    expect(example).toBeDefined();
    // The examples of the read-only commands run as written against the bundled dataset.
    if (!['validate', 'append'].includes(command)) {
      const args = (example as string).trim().slice('$ positions '.length).split(' ');
      expect(positions(args).code).toBe(0);
    }
  });

  test('the top-level help lists every command, exit codes and date forms', () => {
    const run = positions(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command} `);
    expect(run.stdout).toContain('Exit codes');
  });

  test('query commands document --known-at and --inherit', () => {
    for (const command of ['stances', 'timeline', 'diff', 'divergence', 'alignment']) {
      const help = positions([command, '--help']).stdout;
      expect(help).toContain('--known-at <date>');
      expect(help).toContain('--inherit');
    }
  });
});

describe('colour', () => {
  test('piped output has no ANSI codes, in any format', () => {
    for (const format of ['table', 'json', 'csv']) {
      const run = positions(['divergence', '--at', '2025-12-31', '--format', format], {
        env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
      });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(ANSI);
    }
  });

  // `script` gives the command a real terminal, to see colour switch on and NO_COLOR switch it off.
  const onTerminal = (noColor: string | undefined) => {
    const env = { ...process.env };
    delete env['NO_COLOR'];
    if (noColor !== undefined) env['NO_COLOR'] = noColor;
    return execFileSync(
      'script',
      ['-qec', `"${process.execPath}" "${cliPath}" stances --at 2025-12-31 --party russia`, '/dev/null'],
      { cwd: root, encoding: 'utf8', env },
    );
  };

  // Skipped only outside CI: under CI=true a missing `script` fails the test (.ci/run installs it).
  test.skipIf(!hasScript() && process.env['CI'] !== 'true')(
    'stance names are coloured on a terminal, and plain with NO_COLOR',
    () => {
      if (!hasScript())
        throw new Error('CI=true but `script` (bsdutils/util-linux) is not installed: it gives the CLI a terminal');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what a colour code starts with
      expect(onTerminal(undefined)).toMatch(/\x1b\[[0-9;]*m(rejects|demands)/);
      expect(onTerminal('1')).not.toMatch(ANSI);
    },
  );
});

function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
