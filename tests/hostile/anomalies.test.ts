/**
 * `npm run anomalies` on malformed data folders and careless --out values: each answer is one
 * line naming the file, the line and the problem, with the documented exit code, never a stack
 * trace; its CSV is written like the extractor's (escaped, through a temporary file).
 */
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, report, runCli } from './cli.ts';

let work = '';
let n = 0;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nianbao-anomalies-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of data/ with `damage` applied to it; returns its path. */
function dataFolder(damage: (dir: string) => void = () => {}): string {
  const dir = join(work, `data-${++n}`);
  mkdirSync(dir);
  for (const f of ['reports', 'facts', 'checks', 'metrics'])
    cpSync(join(ROOT, 'data', `${f}.csv`), join(dir, `${f}.csv`));
  damage(dir);
  return dir;
}

/** Replaces line `line` (1-based) of `file` by what `edit` makes of it. */
function editLine(file: string, line: number, edit: (text: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(file, lines.join('\n'));
}

describe('npm run anomalies on a malformed data folder', () => {
  it.each<[string, (dir: string) => void, string]>([
    [
      'an empty folder',
      (d) => {
        rmSync(d, { recursive: true });
        mkdirSync(d);
      },
      'reports.csv: missing',
    ],
    [
      'an empty facts.csv',
      (d) => writeFileSync(join(d, 'facts.csv'), ''),
      'facts.csv: the file is empty',
    ],
    [
      'facts.csv without value_status',
      (d) => editLine(join(d, 'facts.csv'), 1, (l) => l.replace('value_status', 'status_of_value')),
      'facts.csv:1: missing column value_status',
    ],
    [
      'checks.csv with a word for a number',
      (d) =>
        editLine(join(d, 'checks.csv'), 10, (l) =>
          l
            .split(',')
            .map((c, i) => (i === 3 ? 'abc' : c))
            .join(','),
        ),
      'checks.csv:10: column lhs: "abc" is not a number',
    ],
    [
      'reports.csv with a quote never closed',
      (d) =>
        writeFileSync(
          join(d, 'reports.csv'),
          readFileSync(join(d, 'reports.csv'), 'utf8') + '"x,y\n',
        ),
      'reports.csv:132: a quoted cell is never closed',
    ],
    [
      'metrics.csv with a short row',
      (d) => editLine(join(d, 'metrics.csv'), 5, () => 'a,b'),
      'metrics.csv:5: 2 cells, but the header has 9 columns',
    ],
    [
      'reports.csv with a year that is not a whole number',
      (d) => editLine(join(d, 'reports.csv'), 3, (l) => l.replace(/,(20\d\d),/, ',$1.5,')),
      'reports.csv:3: column report_year: "2011.5" is not a whole number',
    ],
    [
      'facts.csv that is a folder',
      (d) => {
        rmSync(join(d, 'facts.csv'));
        mkdirSync(join(d, 'facts.csv'));
      },
      'facts.csv: not a file',
    ],
    [
      'checks.csv of binary junk',
      (d) =>
        writeFileSync(
          join(d, 'checks.csv'),
          Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256),
        ),
      'checks.csv:',
    ],
  ])('%s: one line naming file, line and problem (exit 4)', async (_, damage, want) => {
    const dir = dataFolder(damage);
    const run = await runCli('anomalies', ['--data', dir], { timeoutMs: 30_000 });
    report(`anomalies, ${_}`, run, { seconds: 30, mb: 1024 });
    expect(run.code).toBe(4);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(join(dir, want.split(':')[0]!))).toBe(true);
    expect(lines[0]).toContain(want.slice(want.indexOf(':')));
    expect(run.stdout).toBe('');
  });

  it('a folder that does not exist: one line, exit 4', async () => {
    const run = await runCli('anomalies', ['--data', join(work, 'nope')], { timeoutMs: 30_000 });
    expect(run.code).toBe(4);
    expect(run.stderr.trimEnd()).toBe(`${join(work, 'nope')}: no such folder`);
  });
});

describe('npm run anomalies -- --out', () => {
  it.each([
    [['--out'], '--out needs a value'],
    [['--out='], '--out needs a value'],
    [['--data'], '--data needs a value'],
    [['--jump-factor', 'x'], '--jump-factor needs a number'],
  ])('%j exits 2 with a message', async (args, message) => {
    const run = await runCli('anomalies', args, { timeoutMs: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it('--out <folder> is refused before anything is read', async () => {
    const run = await runCli('anomalies', ['--out', work], { timeoutMs: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd()).toBe(`--out ${work}: is a folder, not a file`);
  });

  it('--out <link> replaces the link with the CSV, whose cells are safe to open', async () => {
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const out = join(work, 'anomalies.csv');
    symlinkSync(victim, out);
    const run = await runCli('anomalies', ['--out', out], { timeoutMs: 60_000 });
    report('anomalies --out', run, { seconds: 60, mb: 1024 });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(out).isFile()).toBe(true);
    const parsed = Papa.parse<string[]>(readFileSync(out, 'utf8').trimEnd(), {
      delimiter: ',',
      newline: '\n',
    });
    expect(parsed.errors).toEqual([]);
    const risky = parsed.data
      .flat()
      .filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c));
    expect(risky).toEqual([]);
  });
});
