/**
 * npm run synth -- --bodies N [--years 2008-2025] [--seed S] [--out dir] [--anomaly-rate 0.08] [--tables]
 * A synthetic corpus with known truth (src/lib/synth). By default the rendered report files
 * (<out>/reports/<stem>.txt|.html), their truth (<out>/truth/<stem>.tsv, <out>/truth/reports.tsv);
 * with --tables the long-format tables instead (reports.csv, facts.csv, checks.csv, metrics.csv),
 * streamed row by row. Both write <out>/anomalies.tsv. Same arguments, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS, csvLine } from '../src/lib/extract/csv.ts';
import { INJECTED_COLUMNS, type Injected } from '../src/lib/synth/anomalies.ts';
import { corpus } from '../src/lib/synth/corpus.ts';
import { renderFile } from '../src/lib/synth/render/index.ts';
import { seriesRows } from '../src/lib/synth/rows/longRows.ts';
import {
  REPORT_TRUTH_COLUMNS,
  reportTruth,
  truthRows,
  truthTsv,
  type ReportTruth,
} from '../src/lib/synth/truth.ts';
import { LineWriter } from './lib/lineWriter.ts';
import { metricsCsv } from './lib/metricsCsv.ts';

const USAGE =
  'usage: npm run synth -- --bodies N [--years 2008-2025] [--seed S] [--out dir] [--anomaly-rate 0.08] [--tables]';

function parseArgs(argv: string[]) {
  const options = {
    bodies: 0,
    from: 2008,
    to: 2025,
    seed: '1',
    out: 'synth',
    rate: 0.08,
    tables: false,
  };
  const fail = (message: string) => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? fail(`${arg} needs a value`)!;
    if (arg === '--bodies') options.bodies = Number(value());
    else if (arg === '--years') {
      const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value());
      if (!m) fail('--years takes YYYY or YYYY-YYYY');
      options.from = Number(m![1]);
      options.to = Number(m![2] ?? m![1]);
    } else if (arg === '--seed') options.seed = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--anomaly-rate') options.rate = Number(value());
    else if (arg === '--tables') options.tables = true;
    else if (arg === '-h' || arg === '--help') {
      console.error(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.bodies) || options.bodies < 1)
    fail('--bodies needs a positive integer');
  if (options.from < 2008 || options.to > 2025 || options.from > options.to)
    fail('--years within 2008-2025');
  if (!(options.rate >= 0 && options.rate <= 1)) fail('--anomaly-rate between 0 and 1');
  return options;
}

const tsvCell = (v: unknown) => String(v ?? '').replace(/[\t\n\r]/g, ' ');
const tsvLine = <T>(columns: readonly (keyof T)[], row: T) =>
  columns.map((c) => tsvCell(row[c])).join('\t');

const options = parseArgs(process.argv.slice(2));
const out = resolve(options.out);
mkdirSync(out, { recursive: true });
const started = Date.now();
const anomalies = new LineWriter(join(out, 'anomalies.tsv'));
anomalies.line(INJECTED_COLUMNS.join('\t'));
const counts = { bodies: 0, reports: 0, facts: 0, checks: 0 };
const generated = corpus({
  seed: options.seed,
  bodies: options.bodies,
  from: options.from,
  to: options.to,
  anomalyRate: options.rate,
});
const progress = (extra = '') => {
  if (counts.bodies % 200 === 0 || counts.bodies === options.bodies)
    process.stderr.write(
      `\r${counts.bodies}/${options.bodies} bodies, ${counts.reports} reports${extra} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
};

if (options.tables) {
  const writers = {
    reports: new LineWriter(join(out, 'reports.csv')),
    facts: new LineWriter(join(out, 'facts.csv')),
    checks: new LineWriter(join(out, 'checks.csv')),
  };
  writers.reports.line(REPORT_COLUMNS.join(','));
  writers.facts.line(FACT_COLUMNS.join(','));
  writers.checks.line(CHECK_COLUMNS.join(','));
  for (const series of generated) {
    for (const rows of seriesRows(series)) {
      writers.reports.line(csvLine(REPORT_COLUMNS, rows.report));
      for (const f of rows.facts) writers.facts.line(csvLine(FACT_COLUMNS, f));
      for (const c of rows.checks) writers.checks.line(csvLine(CHECK_COLUMNS, c));
      counts.reports++;
      counts.facts += rows.facts.length;
      counts.checks += rows.checks.length;
    }
    for (const a of series.anomalies) anomalies.line(tsvLine<Injected>(INJECTED_COLUMNS, a));
    counts.bodies++;
    progress(`, ${counts.facts} facts`);
  }
  for (const w of Object.values(writers)) w.close();
  writeFileSync(join(out, 'metrics.csv'), metricsCsv());
} else {
  mkdirSync(join(out, 'reports'), { recursive: true });
  mkdirSync(join(out, 'truth'), { recursive: true });
  const meta = new LineWriter(join(out, 'truth', 'reports.tsv'));
  meta.line(REPORT_TRUTH_COLUMNS.join('\t'));
  for (const series of generated) {
    for (const report of series.reports) {
      const file = renderFile(report);
      writeFileSync(join(out, 'reports', file.name), file.content);
      writeFileSync(join(out, 'truth', `${report.stem}.tsv`), truthTsv(truthRows(report)));
      meta.line(tsvLine<ReportTruth>(REPORT_TRUTH_COLUMNS, reportTruth(report, file.name)));
      counts.reports++;
    }
    for (const a of series.anomalies) anomalies.line(tsvLine<Injected>(INJECTED_COLUMNS, a));
    counts.bodies++;
    progress();
  }
  meta.close();
}
anomalies.close();
process.stderr.write('\n');
console.error(
  `wrote ${counts.reports} reports of ${counts.bodies} bodies` +
    (options.tables ? `, ${counts.facts} facts, ${counts.checks} checks` : ' with their truth') +
    `, ${anomalies.lines - 1} injected anomalies to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
