/**
 * Import of the CLI's own CSVs (`reports.csv`, `facts.csv`, `checks.csv`, from this project or any
 * pipeline writing the same contract): each file is checked against its table's contract first
 * (src/lib/csv/checkTableCsv.ts: header, widths, types, with the line of the first bad row), and
 * a file with a problem loads nothing at all. Facts and checks come with their reports.csv.
 */
import { checkTableCsv } from '../csv/checkTableCsv.ts';
import { readCsvRecords } from '../csv/readCsv.ts';
import type { Check, Fact, Report } from '../extract/types.ts';
import { COLUMN_TYPES, type TableName } from '../sql/tables.ts';
import { keptReport, userReports, type KeptReport } from './userReports.ts';

type CsvTable = Extract<TableName, 'reports' | 'facts' | 'checks'>;

export interface CsvFileLine {
  name: string;
  table: CsvTable | null;
  /** Rows taken in (0 when the file was refused). */
  rows: number;
  /** The first problem (`line` 1-based; null for the file as a whole); null when loaded. */
  problem: { line: number | null; text: string } | null;
}

/** The table a CSV file is, by its name (`…/reports.csv`); null for any other file. */
export function csvTable(name: string): CsvTable | null {
  const m = /(?:^|[\\/])(reports|facts|checks)\.csv$/i.exec(name);
  return m ? (m[1]!.toLowerCase() as CsvTable) : null;
}

const TYPED: Record<string, (cell: string) => unknown> = {
  INTEGER: (c) => (c.trim() === '' ? null : Number(c)),
  DOUBLE: (c) => (c.trim() === '' ? null : Number(c)),
  BOOLEAN: (c) => c.trim().toLowerCase() === 'true',
};

/** A checked file's rows as objects, numbers and booleans typed as the tables type them. */
function rowsOf(table: CsvTable, text: string): { line: number; row: Record<string, unknown> }[] {
  const [header, ...body] = readCsvRecords(text);
  const names = header!.cells.map((c) => c.trim());
  const cast = names.map((n) => TYPED[COLUMN_TYPES[table][n] ?? ''] ?? ((c: string) => c));
  return body
    .filter((r) => !(r.cells.length === 1 && r.cells[0] === ''))
    .map((r) => ({
      line: r.line,
      row: Object.fromEntries(names.map((n, i) => [n, cast[i]!(r.cells[i] ?? '')])),
    }));
}

/** Checks and reads the CSVs of one drop; returns a line per file and the reports it gives. */
export function importCsvs(files: readonly { name: string; text: string }[]): {
  lines: CsvFileLine[];
  entries: KeptReport[];
} {
  const lines: CsvFileLine[] = [];
  const read: Partial<Record<CsvTable, { line: number; row: Record<string, unknown> }[]>> = {};
  const lineOf: Partial<Record<CsvTable, CsvFileLine>> = {};
  for (const { name, text } of files) {
    const table = csvTable(name);
    const line: CsvFileLine = { name, table, rows: 0, problem: null };
    lines.push(line);
    if (!table) {
      line.problem = { line: null, text: 'not reports.csv, facts.csv or checks.csv' };
      continue;
    }
    if (read[table]) {
      line.problem = { line: null, text: `a second ${table}.csv in the same drop` };
      continue;
    }
    const problem = checkTableCsv(table, text);
    if (problem) {
      line.problem = { line: problem.line, text: problem.problem };
      continue;
    }
    read[table] = rowsOf(table, text);
    lineOf[table] = line;
  }
  const reportIds = new Set((read.reports ?? []).map((r) => String(r.row.report_id)));
  // Facts and checks of a report missing from the drop's reports.csv refuse their whole file.
  for (const table of ['facts', 'checks'] as const) {
    const rows = read[table];
    if (!rows) continue;
    const stray = rows.find((r) => !reportIds.has(String(r.row.report_id)));
    if (stray) {
      lineOf[table]!.problem = {
        line: stray.line,
        text: `report ${String(stray.row.report_id)} is not in the reports.csv of this drop`,
      };
      delete read[table];
    }
  }
  for (const table of ['reports', 'facts', 'checks'] as const)
    if (read[table]) lineOf[table]!.rows = read[table].length;
  const entries = userReports(
    {
      reports: (read.reports ?? []).map((r) => r.row as unknown as Report),
      facts: (read.facts ?? []).map((r) => r.row as unknown as Fact),
      checks: (read.checks ?? []).map((r) => r.row as unknown as Check),
    },
    'csv',
  ).map(keptReport);
  return { lines, entries };
}
