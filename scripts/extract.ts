/**
 * npm run extract -- <files or folders...> [--out <dir>]
 * Reads report files (folders recursively), writes reports.csv, facts.csv, checks.csv and
 * metrics.csv to the output folder (default data/), and prints a summary on stderr.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractBatch } from '../src/lib/pipeline/extractBatch.ts';
import { CATALOGUE_ROWS } from '../src/lib/extract/catalogue.generated.ts';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS, toCsv } from '../src/lib/extract/csv.ts';
import { summarize } from '../src/lib/extract/summary.ts';

function parseArgs(argv: string[]): { paths: string[]; out: string } {
  const paths: string[] = [];
  let out = 'data';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i] ?? out;
    else if (arg.startsWith('--out=')) out = arg.slice(6);
    else if (arg === '-h' || arg === '--help') {
      console.error('usage: npm run extract -- <files or folders...> [--out <dir>]');
      process.exit(0);
    } else paths.push(arg);
  }
  if (paths.length === 0) {
    console.error('usage: npm run extract -- <files or folders...> [--out <dir>]');
    process.exit(2);
  }
  return { paths, out };
}

/** Every file under the given paths, sorted, hidden files and folders skipped. */
function listFiles(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      files.push(path); // reported as unreadable below
      return;
    }
    if (stat.isDirectory()) {
      // Inside folders, hidden files and the corpus' own notes are not reports.
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith('.') || /^(README|MANIFEST|NOTES)\b/i.test(entry)) continue;
        walk(join(path, entry));
      }
    } else files.push(path);
  };
  for (const p of paths) walk(p);
  return [...new Set(files)];
}

const { paths, out } = parseArgs(process.argv.slice(2));
const files = listFiles(paths);
const inputs = files.map((name) => {
  try {
    return { name, bytes: new Uint8Array(readFileSync(name)) };
  } catch (error) {
    return { name, bytes: new Uint8Array(), error: (error as Error).message };
  }
});
const progress = files.length > 20;
const batch = await extractBatch(inputs, (done, total) => {
  if (progress && (done % 10 === 0 || done === total))
    process.stderr.write(`\rextracting ${done}/${total}`);
});
if (progress) process.stderr.write('\n');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'reports.csv'), toCsv(REPORT_COLUMNS, batch.reports));
writeFileSync(join(out, 'facts.csv'), toCsv(FACT_COLUMNS, batch.facts));
writeFileSync(join(out, 'checks.csv'), toCsv(CHECK_COLUMNS, batch.checks));
writeFileSync(
  join(out, 'metrics.csv'),
  toCsv(
    [
      'metric_id',
      'table',
      'labels',
      'formats',
      'unit',
      'applicant_dim',
      'kind',
      'maps_to',
      'notes',
    ],
    CATALOGUE_ROWS.map((row) => ({
      metric_id: row.id,
      table: row.table,
      labels: row.labels,
      formats: row.formats,
      unit: row.unit,
      applicant_dim: row.byApplicant ? 'yes' : 'no',
      kind: row.kind,
      maps_to: row.mapsTo,
      notes: row.notes,
    })),
  ),
);
for (const line of batch.log) if (process.env.VERBOSE) console.error(line);
console.error(summarize(batch));
console.error(
  `wrote ${batch.reports.length} reports, ${batch.facts.length} facts, ${batch.checks.length} checks to ${resolve(out)}`,
);
