/**
 * A data folder checked before DuckDB reads it (the anomalies CLI): the folder and its four CSVs
 * present, each within the contract of its table (src/lib/csv/checkTableCsv.ts). The first
 * problem comes back as one line naming the file, the line and the problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkTableCsv } from '../../src/lib/csv/checkTableCsv.ts';
import { TABLES } from '../../src/lib/sql/tables.ts';

/** Larger than any data folder the extractor writes, and than a string Node can hold. */
const MAX_BYTES = 400 * 1024 * 1024;

/** `file:line: problem` for the first problem of `dir`, or null when it can be loaded. */
export function checkDataFolder(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return `${dir}: not a folder`;
  } catch {
    return `${dir}: no such folder`;
  }
  for (const table of TABLES) {
    const path = join(dir, `${table}.csv`);
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return `${path}: not a file`;
      size = stat.size;
    } catch {
      return `${path}: missing (a data folder holds ${TABLES.map((t) => `${t}.csv`).join(', ')})`;
    }
    if (size > MAX_BYTES)
      return `${path}: ${(size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB this reads`;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return `${path}: cannot read: ${(error as Error).message}`;
    }
    const problem = checkTableCsv(table, text);
    if (problem)
      return `${path}${problem.line === null ? '' : `:${problem.line}`}: ${problem.problem}`;
  }
  return null;
}
