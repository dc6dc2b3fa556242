/**
 * npm run extract -- <files or folders...> [--out <folder>] [--follow-links] [--jobs N]
 *   [--memory-limit MB] [--time-limit S]
 * Reads report files (folders recursively, each file once), extracts each in a worker thread under
 * a memory and a time limit, and writes reports.csv, facts.csv, checks.csv and metrics.csv to the
 * output folder (default out/; data/ only when asked with --out data), with a summary on stderr.
 * Exit codes: 0 done, 1 failed, 2 usage or output refused, 3 output folder locked by another run.
 */
import { join, resolve } from 'node:path';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS, toCsv } from '../src/lib/extract/csv.ts';
import { summarize } from '../src/lib/extract/summary.ts';
import { collectResults } from '../src/lib/pipeline/collectResults.ts';
import { listed, tooBig, type FileResult } from '../src/lib/pipeline/extractFile.ts';
import { walkInputs } from '../src/lib/pipeline/walkInputs.ts';
import { MAX_BYTES } from '../src/lib/sources/readSource.ts';
import { EXTRACT_USAGE, parseExtractArgs } from './lib/extractArgs.ts';
import { metricsCsv } from './lib/metricsCsv.ts';
import { extractInPool } from './lib/extractPool.ts';
import { nodeWalkFs } from './lib/nodeWalkFs.ts';
import {
  EXIT,
  checkOutputFolder,
  lockFolder,
  writeFilesTogether,
  runCli,
} from './lib/outputFiles.ts';

const OUTPUTS = ['reports.csv', 'facts.csv', 'checks.csv', 'metrics.csv'];

async function main(): Promise<number> {
  const parsed = parseExtractArgs(process.argv.slice(2));
  if ('help' in parsed) {
    console.error(EXTRACT_USAGE);
    return EXIT.ok;
  }
  if ('error' in parsed) {
    console.error(`${parsed.error}\n${EXTRACT_USAGE}`);
    return EXIT.usage;
  }
  const { paths, out, followLinks, jobs, memoryMb, seconds } = parsed.args;
  // The output is checked and locked before anything is read.
  checkOutputFolder(out, OUTPUTS);
  const lock = lockFolder(out);
  try {
    const walk = walkInputs(paths, nodeWalkFs, { followLinks });
    const results: (FileResult | null)[] = walk.entries.map((e) =>
      e.kind === 'problem'
        ? listed(e.path, e.status, e.message)
        : e.size > MAX_BYTES
          ? listed(e.path, 'error', tooBig(e.size))
          : null,
    );
    const todo = walk.entries.flatMap((e, i) => (results[i] === null ? [i] : []));
    const progress = todo.length > 20;
    const extracted = await extractInPool(
      todo.map((i) => walk.entries[i]!.path),
      { jobs, memoryMb, seconds },
      (done, total) => {
        if (progress && (done % 10 === 0 || done === total))
          process.stderr.write(`\rextracting ${done}/${total}`);
      },
    );
    if (progress) process.stderr.write('\n');
    todo.forEach((i, k) => (results[i] = extracted[k]!));
    const batch = collectResults(results as FileResult[]);

    writeFilesTogether([
      { path: join(out, 'reports.csv'), content: toCsv(REPORT_COLUMNS, batch.reports) },
      { path: join(out, 'facts.csv'), content: toCsv(FACT_COLUMNS, batch.facts) },
      { path: join(out, 'checks.csv'), content: toCsv(CHECK_COLUMNS, batch.checks) },
      { path: join(out, 'metrics.csv'), content: metricsCsv() },
    ]);
    if (process.env.VERBOSE) for (const line of [...walk.log, ...batch.log]) console.error(line);
    console.error(summarize(batch));
    console.error(
      `wrote ${batch.reports.length} reports, ${batch.facts.length} facts, ${batch.checks.length} checks to ${resolve(out)}`,
    );
    return EXIT.ok;
  } finally {
    lock.release();
  }
}

runCli('extract', main);
