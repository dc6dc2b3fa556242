import { ESCAPED_CELL_PATTERN } from '../csv/escapeCell.ts';
import { CHECK_COLUMNS } from '../extract/csv.ts';
import { quoteIdent, quoteLiteral } from './quote.ts';

/** The four tables the app loads, each from the CSV of the same name in `data/`. */
export const TABLES = ['reports', 'facts', 'checks', 'metrics'] as const;
export type TableName = (typeof TABLES)[number];

/**
 * Column types of the CSV contract (data/README.md). Columns not listed here (the contract only
 * ever adds columns at the end) are read as VARCHAR, so a newer CSV still loads.
 */
export const COLUMN_TYPES: Record<TableName, Record<string, string>> = {
  reports: {
    report_id: 'VARCHAR',
    source_url: 'VARCHAR',
    title: 'VARCHAR',
    issuing_body: 'VARCHAR',
    body_level: 'VARCHAR',
    scope: 'VARCHAR',
    report_year: 'INTEGER',
    publish_date: 'VARCHAR',
    format_version: 'VARCHAR',
    format_variant: 'VARCHAR',
    tables_found: 'VARCHAR',
    text_truncated: 'BOOLEAN',
    source_file: 'VARCHAR',
    status: 'VARCHAR',
    message: 'VARCHAR',
    body_key: 'VARCHAR',
    province: 'VARCHAR',
    city: 'VARCHAR',
    district: 'VARCHAR',
    region_code: 'VARCHAR',
    encoding: 'VARCHAR',
  },
  facts: {
    report_id: 'VARCHAR',
    metric_id: 'VARCHAR',
    applicant_type: 'VARCHAR',
    period: 'VARCHAR',
    source: 'VARCHAR',
    qualifier: 'VARCHAR',
    value: 'DOUBLE',
    value_raw: 'VARCHAR',
    value_status: 'VARCHAR',
    unit: 'VARCHAR',
    unit_raw: 'VARCHAR',
    label_raw: 'VARCHAR',
    col_label_raw: 'VARCHAR',
    char_start: 'INTEGER',
    char_end: 'INTEGER',
    confidence: 'DOUBLE',
    context: 'VARCHAR',
    note: 'VARCHAR',
  },
  checks: {
    report_id: 'VARCHAR',
    check_id: 'VARCHAR',
    applicant_type: 'VARCHAR',
    lhs: 'DOUBLE',
    rhs: 'DOUBLE',
    delta: 'DOUBLE',
    severity: 'VARCHAR',
    status: 'VARCHAR',
    note: 'VARCHAR',
    metric_id: 'VARCHAR',
    period: 'VARCHAR',
  },
  metrics: {
    metric_id: 'VARCHAR',
    table: 'VARCHAR',
    labels: 'VARCHAR',
    formats: 'VARCHAR',
    unit: 'VARCHAR',
    applicant_dim: 'VARCHAR',
    kind: 'VARCHAR',
    maps_to: 'VARCHAR',
    notes: 'VARCHAR',
  },
};

/**
 * Columns a file must have for DuckDB to set up the serving schema on it and run the anomalies
 * query (src/lib/sql/serving.ts, anomalies.ts), checked against its header before loading (the
 * anomalies CLI; tests/unit/sql/tables.test.ts loads a folder of only these). The dashboard
 * build reads more of them; the extractor always writes every column.
 */
export const REQUIRED_COLUMNS: Record<TableName, string[]> = {
  reports: [
    'report_id',
    'issuing_body',
    'body_level',
    'scope',
    'report_year',
    'format_version',
    'status',
    'body_key',
    'province',
    'city',
    'district',
    'narrative_signature',
  ],
  facts: [
    'report_id',
    'metric_id',
    'applicant_type',
    'period',
    'source',
    'qualifier',
    'value',
    'value_status',
    'context',
  ],
  checks: [...CHECK_COLUMNS],
  metrics: ['metric_id', 'table', 'labels', 'unit'],
};

/** Column names of a CSV header line (our CSVs never quote header names, but allow it). */
export function parseHeader(line: string): string[] {
  return line
    .replace(/^\uFEFF/, '')
    .trim()
    .split(',')
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** Required columns absent from a header, in contract order. */
export function missingColumns(table: TableName, header: string[]): string[] {
  return REQUIRED_COLUMNS[table].filter((c) => !header.includes(c));
}

/**
 * `CREATE TABLE <name> AS SELECT * FROM read_csv(<path>)` with every column typed explicitly, so
 * `value_raw` stays text and `value` is a number whatever the first rows look like. Text cells
 * get the formula escape of the CSV writer undone (src/lib/csv/escapeCell.ts), so the tables hold
 * what the extractor read.
 */
export function createTableFromCsv(
  table: TableName,
  path: string,
  header: string[],
  name: string = table,
): string {
  const known = COLUMN_TYPES[table];
  const types = header.map((c) => [c, known[c] ?? 'VARCHAR'] as const);
  const columns = types.map(([c, type]) => `${quoteLiteral(c)}: ${quoteLiteral(type)}`).join(', ');
  const text = types.filter(([, type]) => type === 'VARCHAR').map(([c]) => c);
  const unescaped = text.length
    ? ` REPLACE (${text.map((c) => `${unescapeSql(quoteIdent(c))} AS ${quoteIdent(c)}`).join(', ')})`
    : '';
  return `CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT *${unescaped} FROM read_csv(${quoteLiteral(path)},
  header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
  columns = {${columns}})`;
}

/** SQL that undoes `escapeCell` on a text column. */
export function unescapeSql(column: string): string {
  return `regexp_replace(${column}, ${quoteLiteral(ESCAPED_CELL_PATTERN)}, '\\1')`;
}
