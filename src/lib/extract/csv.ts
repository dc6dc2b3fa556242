/** The CSV contract (METRICS.md §2 plus our added columns), written by the shared CSV writer. */
import { csvCell, writeCsv } from '../csv/writeCsv.ts';
import type { Check, Fact, Report } from './types.ts';

export const REPORT_COLUMNS: readonly (keyof Report)[] = [
  'report_id',
  'source_url',
  'title',
  'issuing_body',
  'body_level',
  'scope',
  'report_year',
  'publish_date',
  'format_version',
  'format_variant',
  'tables_found',
  'text_truncated',
  'source_file',
  'status',
  'message',
  'body_key',
  'province',
  'city',
  'district',
  'region_code',
  'encoding',
  'narrative_chars',
  'narrative_signature',
];

export const FACT_COLUMNS: readonly (keyof Fact)[] = [
  'report_id',
  'metric_id',
  'applicant_type',
  'period',
  'source',
  'qualifier',
  'value',
  'value_raw',
  'value_status',
  'unit',
  'unit_raw',
  'label_raw',
  'col_label_raw',
  'char_start',
  'char_end',
  'confidence',
  'context',
  'note',
];

/** Columns of metrics.csv: the catalogue's own columns (corpus/schema/metrics.tsv), in its order. */
export const METRIC_COLUMNS = [
  'metric_id',
  'table',
  'labels',
  'formats',
  'unit',
  'applicant_dim',
  'kind',
  'maps_to',
  'notes',
] as const;

export const CHECK_COLUMNS: readonly (keyof Check)[] = [
  'report_id',
  'check_id',
  'applicant_type',
  'lhs',
  'rhs',
  'delta',
  'severity',
  'status',
  'note',
  'metric_id',
  'period',
];

/** One row as a CSV line (no line end; text cells escaped), for writers that stream rows. */
export function csvLine<T>(columns: readonly (keyof T)[], row: T): string {
  return columns.map((c) => csvCell(row[c])).join(',');
}

/** Rows as CSV text with a header line; `\n` line ends; text cells escaped (csv/escapeCell.ts). */
export function toCsv<T>(columns: readonly (keyof T)[], rows: readonly T[]): string {
  return writeCsv(columns.map(String), rows, (row) => columns.map((c) => row[c]));
}
