/**
 * Checks one of the project's CSVs against the contract of its table (src/lib/sql/tables.ts)
 * before it is loaded: a header with the required columns, once each; every record as wide as the
 * header; typed columns holding values of their type. Returns the first problem with its line.
 */
import { COLUMN_TYPES, REQUIRED_COLUMNS, type TableName } from '../sql/tables.ts';
import { CsvSyntaxError, readCsvRecords } from './readCsv.ts';

export interface CsvProblem {
  /** 1-based line, or null when the problem is the file as a whole. */
  line: number | null;
  problem: string;
}

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

const TYPE_CHECKS: Record<string, [RegExp | ((s: string) => boolean), string]> = {
  INTEGER: [(s) => /^[+-]?\d+$/.test(s) && Math.abs(Number(s)) <= 2 ** 31 - 1, 'a whole number'],
  DOUBLE: [
    /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity|nan)$/i,
    'a number',
  ],
  BOOLEAN: [/^(?:true|false)$/i, 'true or false'],
};

/** The first problem of `text` as the CSV of `table`, or null when it can be loaded. */
export function checkTableCsv(table: TableName, text: string): CsvProblem | null {
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return { line: null, problem: 'the file is empty' };
  let records;
  try {
    records = readCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { line: error.line, problem: error.message };
    throw error;
  }
  const header = records[0]!.cells.map((c) => c.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') return { line: 1, problem: 'a column of the header has no name' };
    if (seen.has(name)) return { line: 1, problem: `column ${name} appears twice in the header` };
    seen.add(name);
  }
  const missing = REQUIRED_COLUMNS[table].filter((c) => !seen.has(c));
  if (missing.length)
    return {
      line: 1,
      problem: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    };
  const typed = header.flatMap((name, i) => {
    const check = TYPE_CHECKS[COLUMN_TYPES[table][name] ?? ''];
    return check ? [{ name, i, test: check[0], what: check[1] }] : [];
  });
  for (const record of records.slice(1)) {
    if (record.cells.length === 1 && record.cells[0] === '') continue; // a blank line
    if (record.cells.length !== header.length)
      return {
        line: record.line,
        problem: `${record.cells.length} cells, but the header has ${header.length} columns`,
      };
    for (const { name, i, test, what } of typed) {
      const value = record.cells[i]!.trim();
      if (value === '') continue;
      const ok = typeof test === 'function' ? test(value) : test.test(value);
      if (!ok)
        return { line: record.line, problem: `column ${name}: ${quote(value)} is not ${what}` };
    }
  }
  return null;
}
