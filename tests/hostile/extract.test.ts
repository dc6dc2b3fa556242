/**
 * Hostile and careless inputs through `npm run extract` as a child process: every input comes out
 * as a row with a status, no case crashes or hangs (each under its time limit), peak memory stays
 * under 1 GB whatever the number and size of the files, the CSVs parse and are safe to open, the
 * good files of a mixed batch are extracted as they are alone, and the output folder is never
 * mixed, followed through a link, or data/ written unless asked.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/csv/readCsv.ts';
import { ROOT, report, runCli, type CliRun } from './cli.ts';
import {
  bigText,
  tableOfNumbers,
  copySources,
  hostileFiles,
  slowPdf,
  sparseFiles,
  writeFiles,
  writeGood,
} from './inputs.ts';

const MB = 1024;
const OUTPUTS = ['reports.csv', 'facts.csv', 'checks.csv', 'metrics.csv'];
const isRoot = process.getuid?.() === 0;
const canDropRoot = isRoot && existsSync('/usr/bin/setpriv');

let work = '';
let dataBefore = '';

const dataHash = () =>
  createHash('sha256')
    .update(OUTPUTS.map((f) => readFileSync(join(ROOT, 'data', f))).join('\0'))
    .digest('hex');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'));
  chmodSync(work, 0o755);
  dataBefore = dataHash();
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  expect(dataHash(), 'data/ was written by the hostile suite').toBe(dataBefore);
});

/** A text cell a spreadsheet would run (plain numbers are not). */
const risky = (cell: string) =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cell);

type Row = Record<string, string>;
interface Out {
  reports: Row[];
  facts: Row[];
  checks: Row[];
}

/**
 * The four CSVs of `dir`: each parses with papaparse (an independent reader) into rows as wide as
 * its header, no cell is left for a spreadsheet to run, and they are read back with our reader.
 */
function readOut(dir: string): Out {
  const out: Record<string, Row[]> = {};
  for (const file of OUTPUTS) {
    const text = readFileSync(join(dir, file), 'utf8');
    const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',', newline: '\n' });
    expect(parsed.errors, `${file} parses`).toEqual([]);
    const [header, ...rows] = parsed.data;
    for (const row of rows) expect(row.length, `${file} row width`).toBe(header!.length);
    const unsafe = rows.flat().filter(risky);
    expect(unsafe, `${file}: cells a spreadsheet would run`).toEqual([]);
    out[file.replace('.csv', '')] = readCsv(text);
  }
  return out as unknown as Out;
}

function limits(name: string, run: CliRun, seconds: number, mb = MB): void {
  report(name, run, { seconds, mb });
  expect(run.timedOut, `${name} timed out`).toBe(false);
  expect(run.seconds).toBeLessThan(seconds);
  if (run.peakMb) expect(run.peakMb, `${name} peak RSS`).toBeLessThanOrEqual(mb);
}

describe('a mixed batch of good and hostile files', () => {
  let inDir = '';
  let good: string[] = [];
  let inputs: string[] = [];
  let run: CliRun;
  let alone: Out;
  let out: Out;

  beforeAll(async () => {
    inDir = join(work, 'mixed');
    good = writeGood(inDir);
    copySources(inDir);
    writeFiles(inDir, hostileFiles());
    bigText(join(inDir, 'text-45mb.txt'), 45);
    bigText(join(inDir, 'one-line-49mb.txt'), 49, true);
    sparseFiles(inDir, 20, 60);
    inputs = readdirSync(inDir).sort();
    const goodDir = join(work, 'good');
    writeGood(goodDir);
    const clean = await runCli('extract', [goodDir, '--out', join(work, 'good-out')], {
      timeoutMs: 60_000,
    });
    expect(clean.code).toBe(0);
    alone = readOut(join(work, 'good-out'));
    run = await runCli('extract', [inDir, '--out', join(work, 'mixed-out'), '--time-limit', '60'], {
      timeoutMs: 150_000,
    });
    out = readOut(join(work, 'mixed-out'));
  });

  it('finishes under its limits: no crash, no hang, peak RSS ≤ 1 GB', () => {
    limits('mixed batch', run, 120);
    expect(run.code, run.stderr).toBe(0);
  });

  it('lists every input as a row with a status', () => {
    expect(out.reports.map((r) => r.source_file).sort()).toEqual(inputs);
    for (const r of out.reports)
      expect(['ok', 'partial', 'error', 'unsupported']).toContain(r.status);
    const failed = out.reports.filter((r) => r.status === 'error' || r.status === 'unsupported');
    for (const r of failed) expect(r.message, r.source_file).not.toBe('');
  });

  it('extracts the good files exactly as in a batch of their own', () => {
    const ids = new Set(good.map((f) => f.replace(/\.txt$/, '')));
    const pick = (rows: Row[]) => rows.filter((r) => ids.has(r.report_id!));
    expect(pick(out.reports)).toEqual(pick(alone.reports));
    expect(pick(out.facts)).toEqual(pick(alone.facts));
    expect(pick(out.checks)).toEqual(pick(alone.checks));
    expect(pick(out.reports).every((r) => r.status === 'ok' || r.status === 'partial')).toBe(true);
    expect(out.reports.find((r) => r.source_file === 'text.pdf')?.status).toBe('ok');
  });

  it.each([
    ['grid.html', 'error', /a table expands to 100,000,000 cells .* over the limit of 100,000/],
    ['deep.html', 'error', /elements nest over 256 levels deep/],
    ['many-tags.html', 'error', /page has over 1,000,000 tags/],
    ['huge-00.txt', 'error', /file is 57\.2 MB; files over 50 MB are refused/],
    ['huge-19.txt', 'error', /files over 50 MB are refused/],
    [
      'text-45mb.txt',
      'error',
      /text of 21\.\d million characters; reports over 1 million are refused/,
    ],
    ['one-line-49mb.txt', 'error', /million characters; reports over 1 million are refused/],
    ['binary.txt', 'error', /binary content/],
    ['empty.txt', 'error', /empty file/],
    ['whitespace.md', 'error', /only whitespace/],
    ['junk.pdf', 'error', /./],
    ['not-really.pdf', 'error', /no %PDF header/],
    // A zip signature without Word's entries: the content names it an archive.
    ['not-a-zip.docx', 'unsupported', /archive \(\.zip\) named \.docx/],
    [
      'zip-bomb.docx',
      'error',
      /document inflates to 1024 MB; Word files over 50 MB inflated are refused/,
    ],
    ['scan.jpg', 'unsupported', /image/],
    // Text without an extension is read as text, and the message says so.
    ['no-extension', 'ok', /^read as TEXT: the content is text, named no extension/],
    ['mixed-encoding.txt', 'ok', /byte sequence\(s\) not valid utf-8/],
    ['many-rows.txt', 'partial', /cell\(s\) missing/],
  ])('%s is a row with status %s saying %s', (file, status, message) => {
    const row = out.reports.find((r) => r.source_file === file);
    expect(row).toMatchObject({ status });
    expect(row!.message).toMatch(message);
  });

  it('keeps a 30-digit cell as printed, unreadable, without a value', () => {
    const f = out.facts.find(
      (x) => x.report_id === 'thirty-digits' && x.metric_id === 't2_ndoc_valid',
    );
    expect(f).toMatchObject({
      value: '',
      value_raw: '123456789012345678901234567890',
      value_status: 'unreadable',
    });
  });

  it('keeps full-width digits as printed in value_raw', () => {
    const f = out.facts.find(
      (x) => x.report_id === 'full-width' && x.metric_id === 't2_ndoc_valid',
    );
    expect(f).toMatchObject({ value: '40', value_raw: '４０', value_status: 'reported' });
  });

  it('records the encoding assumed', () => {
    const enc = (file: string) => out.reports.find((r) => r.source_file === file)?.encoding;
    expect(enc('mixed-encoding.txt')).toBe('utf-8');
    expect(enc('gb18030.txt')).toBe('gb18030');
    expect(out.reports.find((r) => r.source_file === 'gb18030.txt')?.message).not.toMatch(/valid/);
  });

  it('escapes text cells a spreadsheet would run, and our reader gives them back', () => {
    const raw = readFileSync(join(work, 'mixed-out', 'reports.csv'), 'utf8');
    expect(raw).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")`);
    const injected = out.reports.find((r) => r.source_file === 'injection.txt')!;
    expect(injected.title!.startsWith('=HYPERLINK("http://evil.example","点击")')).toBe(true);
  });
});

describe('limits of one file', () => {
  it('a file over the memory limit is a row saying so; the other files are extracted', async () => {
    const dir = join(work, 'memory');
    const good = writeGood(dir);
    writeFileSync(join(dir, 'numbers.txt'), tableOfNumbers('1|1|1|1|1|1|1\n'));
    const run = await runCli(
      'extract',
      [dir, '--out', join(work, 'memory-out'), '--memory-limit', '64'],
      {
        timeoutMs: 90_000,
      },
    );
    limits('memory limit', run, 60);
    expect(run.code, run.stderr).toBe(0);
    const { reports } = readOut(join(work, 'memory-out'));
    expect(reports.find((r) => r.source_file === 'numbers.txt')).toMatchObject({
      status: 'error',
      message: 'memory limit of 64 MB exceeded while reading this file',
    });
    for (const file of good)
      expect(reports.find((r) => r.source_file === file)?.status).toMatch(/^(ok|partial)$/);
  });

  it('a file over the time limit is a row saying so; the other files are extracted', async () => {
    const dir = join(work, 'time');
    const good = writeGood(dir);
    writeFileSync(join(dir, 'slow.pdf'), slowPdf());
    const run = await runCli(
      'extract',
      [dir, '--out', join(work, 'time-out'), '--time-limit', '3'],
      {
        timeoutMs: 90_000,
      },
    );
    limits('time limit', run, 60);
    expect(run.code, run.stderr).toBe(0);
    const { reports } = readOut(join(work, 'time-out'));
    expect(reports.find((r) => r.source_file === 'slow.pdf')).toMatchObject({
      status: 'error',
      message: 'time limit of 3 s exceeded while reading this file',
    });
    for (const file of good)
      expect(reports.find((r) => r.source_file === file)?.status).toMatch(/^(ok|partial)$/);
  });

  it('peak memory does not grow with the number of files refused by size', async () => {
    const one = join(work, 'sparse-1');
    const many = join(work, 'sparse-40');
    sparseFiles(one, 1, 60);
    sparseFiles(many, 40, 60);
    const a = await runCli('extract', [one, '--out', join(work, 'sparse-1-out')], {
      timeoutMs: 60_000,
    });
    const b = await runCli('extract', [many, '--out', join(work, 'sparse-40-out')], {
      timeoutMs: 60_000,
    });
    limits('1 file of 60 MB', a, 30);
    limits('40 files of 60 MB', b, 30);
    expect(readOut(join(work, 'sparse-40-out')).reports).toHaveLength(40);
    if (a.peakMb && b.peakMb) expect(b.peakMb).toBeLessThan(a.peakMb + 64);
  });
});

describe('walking folders', () => {
  it('visits each folder and file once through link loops, and lists every problem as a row', async () => {
    const dir = join(work, 'walk');
    const outside = join(work, 'outside');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(outside);
    const good = writeGood(join(dir, 'sub'));
    writeFileSync(join(outside, 'secret.txt'), 'not yours');
    symlinkSync('.', join(dir, 's1'));
    symlinkSync('.', join(dir, 's2'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'outside.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden-report.txt'), 'x');
    chmodSync(join(dir, 'locked'), 0o000);
    const outDir = join(work, 'walk-out');
    mkdirSync(outDir, { mode: 0o777 });
    chmodSync(outDir, 0o777);
    // Permissions do not stop root: the walk runs as nobody then, so the folder is unreadable.
    const uid = canDropRoot ? 65534 : undefined;
    const run = await runCli('extract', [dir, '--out', outDir], { timeoutMs: 60_000, uid });
    chmodSync(join(dir, 'locked'), 0o755);
    limits('link loops and unreadable entries', run, 30);
    expect(run.code, run.stderr).toBe(0);
    const { reports } = readOut(outDir);
    const by = (file: string) => reports.filter((r) => r.source_file === file);
    for (const file of good) expect(by(file)).toHaveLength(1);
    expect(by('pipe.txt')[0]).toMatchObject({
      status: 'unsupported',
      message: 'not a regular file (FIFO)',
    });
    expect(by('broken.txt')[0]?.message).toMatch(/^broken symbolic link: ENOENT/);
    expect(by('outside.txt')[0]?.message).toMatch(/outside the paths given: not followed/);
    if (!isRoot || canDropRoot) {
      expect(by('locked')[0]).toMatchObject({ status: 'error' });
      expect(by('locked')[0]!.message).toMatch(/^cannot read folder: EACCES/);
    }
    expect(reports).toHaveLength(good.length + 4);

    const followed = await runCli(
      'extract',
      [dir, '--out', join(work, 'walk-follow'), '--follow-links'],
      {
        timeoutMs: 60_000,
      },
    );
    expect(followed.code).toBe(0);
    expect(
      readOut(join(work, 'walk-follow')).reports.find((r) => r.source_file === 'outside.txt')
        ?.status,
    ).toBe('ok');
  });
});

describe('the output folder', () => {
  it.each([
    [['--out'], '--out needs a value'],
    [['--out='], '--out needs a value'],
    [['--out', '--follow-links'], '--out needs a value'],
    [['--jobs'], '--jobs needs a value'],
    [['--bogus'], 'unknown option --bogus'],
  ])('extract <fifo> %j exits 2 before reading anything', async (flags, message) => {
    const dir = mkdtempSync(join(work, 'args-'));
    const fifo = join(dir, 'pipe.txt'); // reading it would block: the run must not get that far
    execFileSync('mkfifo', [fifo]);
    const run = await runCli('extract', [fifo, ...flags], { cwd: dir, timeoutMs: 30_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
    expect(readdirSync(dir)).toEqual(['pipe.txt']);
  });

  it('--out <existing file> is refused with one line, the file untouched', async () => {
    const file = join(work, 'a-file.csv');
    writeFileSync(file, 'keep me');
    const run = await runCli('extract', [join(work, 'good'), '--out', file], { timeoutMs: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([`--out ${file}: exists and is not a folder`]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('links at the target names are replaced, never followed', async () => {
    const outDir = join(work, 'links-out');
    mkdirSync(outDir);
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(outDir, 'reports.csv'));
    symlinkSync(work, join(outDir, 'facts.csv'));
    const run = await runCli('extract', [join(work, 'good'), '--out', outDir], {
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    for (const f of OUTPUTS) expect(lstatSync(join(outDir, f)).isFile()).toBe(true);
    expect(readdirSync(outDir).sort()).toEqual([...OUTPUTS].sort());
    readOut(outDir);
  });

  it('two runs into one folder leave one complete, consistent set or a clear refusal', async () => {
    const a = join(work, 'run-a');
    const b = join(work, 'run-b');
    for (let i = 0; i < 6; i++) {
      writeGood(a, `a${i}-`);
      writeGood(b, `b${i}-`);
    }
    const [soloA, soloB] = await Promise.all([
      runCli('extract', [a, '--out', join(work, 'solo-a')], { timeoutMs: 60_000 }),
      runCli('extract', [b, '--out', join(work, 'solo-b')], { timeoutMs: 60_000 }),
    ]);
    expect([soloA.code, soloB.code]).toEqual([0, 0]);
    const same = join(work, 'same-out');
    const runs = await Promise.all([
      runCli('extract', [a, '--out', same], { timeoutMs: 60_000 }),
      runCli('extract', [b, '--out', same], { timeoutMs: 60_000 }),
    ]);
    const codes = runs.map((r) => r.code).sort();
    expect([
      [0, 0],
      [0, 3],
    ]).toContainEqual(codes);
    for (const r of runs.filter((x) => x.code === 3))
      expect(r.stderr.trimEnd()).toMatch(
        /^--out .*: another run \(pid (?:\d+|unknown), started .*\) is writing there; wait for it to end$/,
      );
    const files = (dir: string) => OUTPUTS.map((f) => readFileSync(join(dir, f), 'utf8'));
    const final = files(same);
    expect([files(join(work, 'solo-a')), files(join(work, 'solo-b'))]).toContainEqual(final);
    expect(readdirSync(same).sort()).toEqual([...OUTPUTS].sort());
  });

  it('a lock left by a run that died is taken over', async () => {
    const outDir = join(work, 'stale-out');
    mkdirSync(outDir);
    writeFileSync(
      join(outDir, '.nianbao.lock'),
      `999999999 ${(await import('node:os')).hostname()} 2020-01-01T00:00:00Z\n`,
    );
    const run = await runCli('extract', [join(work, 'good'), '--out', outDir], {
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(outDir, '.nianbao.lock'))).toBe(false);
  });

  it('without --out it writes out/ in the current folder, never data/', async () => {
    const cwd = mkdtempSync(join(work, 'cwd-'));
    const run = await runCli('extract', [join(work, 'good')], { cwd, timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual([...OUTPUTS].sort());
    expect(dataHash()).toBe(dataBefore);
  });
});
