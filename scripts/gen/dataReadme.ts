/**
 * Refresh the generated parts of data/README.md (counts and the list of reports with their
 * original URLs) from data/reports.csv and data/checks.csv. Run by `npm run data`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../../src/lib/csv/readCsv.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readCsvFile(path: string): Record<string, string>[] {
  return readCsv(readFileSync(path, 'utf8'));
}

const reports = readCsvFile(`${root}data/reports.csv`);
const checks = readCsvFile(`${root}data/checks.csv`);
const facts = readCsvFile(`${root}data/facts.csv`);
const count = (items: Record<string, string>[], key: string) => {
  const m = new Map<string, number>();
  for (const item of items) m.set(item[key]!, (m.get(item[key]!) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k || '(empty)'} ${n}`)
    .join(', ');
};
const table = facts.filter((f) => f.source === 'table');
const hard = checks.filter((c) => c.severity === 'hard');
const lines = [
  `- ${reports.length} reports: by format ${count(reports, 'format_version')}; by status ${count(reports, 'status')}.`,
  `- ${facts.length} facts: ${table.length} table cells (${count(table, 'value_status')}) and ${facts.length - table.length} narrative figures.`,
  `- ${checks.length} checks; hard identities ${count(hard, 'status')}.`,
  '',
  '| report_id | issuing body | year | format | status | original URL |',
  '|---|---|---|---|---|---|',
  ...reports.map(
    (r) =>
      `| ${r.report_id} | ${r.issuing_body} | ${r.report_year} | ${r.format_version} | ${r.status} | ${r.source_url || '—'} |`,
  ),
];
const readmePath = `${root}data/README.md`;
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- generated:start -->';
const end = '<!-- generated:end -->';
const next = readme.replace(
  new RegExp(`${start}[\\s\\S]*${end}`),
  `${start}\n${lines.join('\n')}\n${end}`,
);
writeFileSync(readmePath, next);
console.error(`data/README.md: ${reports.length} reports listed`);
