/** A report page figure for the tests: a table cell of report `r` with nothing read, then `over`. */
import type { ReportFactRow } from '../../../src/lib/sql/reportQuery.ts';

export function reportFactRow(over: Partial<ReportFactRow>): ReportFactRow {
  return {
    report_id: 'r',
    metric_id: '',
    table: null,
    labels: null,
    applicant_type: 'all',
    period: 'year',
    source: 'table',
    qualifier: null,
    value: null,
    value_raw: null,
    value_status: 'missing',
    unit: '',
    unit_raw: null,
    label_raw: null,
    col_label_raw: null,
    context: null,
    note: null,
    ...over,
  };
}
