/**
 * The user's own reports beside the shipped ones. Imported reports are loaded into `user_*` tables
 * of the page's in-memory database from the CLI's CSV format (the same DDL as the build), and the
 * tables every query reads (`reports`, `facts`, … as the build's database file names them) are
 * rebuilt there over the user's rows alone or over both, by the build's own serving statements,
 * so every view, check and anomaly works on them at once. `shipped` reads the attached file.
 */
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS } from '../extract/csv.ts';
import type { Query } from './query.ts';
import { servingSetup } from './serving.ts';
import { createTableFromCsv, type TableName } from './tables.ts';

/** Which reports the views show. */
export type DataMode = 'shipped' | 'own' | 'both';
export const DATA_MODES: readonly DataMode[] = ['both', 'own', 'shipped'];

/** The attached build database (src/lib/db/duckdb.ts) and the page's own in-memory database. */
export const SHIPPED_DB = 'nb';
const PAGE_DB = 'memory';

type UserTable = Extract<TableName, 'reports' | 'facts' | 'checks'>;
const HEADERS: Record<UserTable, readonly string[]> = {
  reports: REPORT_COLUMNS,
  facts: FACT_COLUMNS,
  checks: CHECK_COLUMNS,
};
export const USER_TABLES = Object.keys(HEADERS) as UserTable[];

/** The file name a table's CSV text is registered under before it is loaded. */
export const userCsvFile = (table: UserTable) => `user_${table}.csv`;

const plain = (sql: string): Query => ({ sql, params: [] });

/**
 * Statements that point the queries at `mode`'s data, in order. Anything but `shipped` first
 * loads the registered CSVs (`csvPath`, userCsvFile in the page) into `user_*` tables.
 */
export function dataModeSetup(mode: DataMode, csvPath = userCsvFile): Query[] {
  if (mode === 'shipped') return [plain(`USE ${SHIPPED_DB}`)];
  const both = mode === 'both';
  const from = (table: string, select = '*') =>
    both
      ? `SELECT * FROM ${SHIPPED_DB}.${table} UNION ALL BY NAME SELECT ${select} FROM user_${table}`
      : `SELECT ${select} FROM user_${table}`;
  return [
    plain(`USE ${PAGE_DB}`),
    ...USER_TABLES.map((t) =>
      plain(createTableFromCsv(t, csvPath(t), [...HEADERS[t]], `user_${t}`)),
    ),
    // Shipped facts have no evidence column (it is a table of its own): NULL there, added after.
    plain(`CREATE OR REPLACE TABLE reports AS ${from('reports')}`),
    plain(`CREATE OR REPLACE TABLE facts AS ${from('facts')}`),
    plain(`CREATE OR REPLACE TABLE checks AS ${from('checks')}`),
    plain(`CREATE OR REPLACE TABLE metrics AS SELECT * FROM ${SHIPPED_DB}.metrics`),
    ...servingSetup(),
    ...(both ? [plain(`INSERT INTO evidence BY NAME SELECT * FROM ${SHIPPED_DB}.evidence`)] : []),
  ];
}
