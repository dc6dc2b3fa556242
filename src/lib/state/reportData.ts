/**
 * One report's row, figures and checks: from the report pre-aggregate's bucket of that id (the
 * figures without their evidence strings, and with the catalogue's table and labels), or from
 * DuckDB when the build has none. The evidence strings come from the database (`loadEvidence`).
 */
import { query } from '../db/duckdb.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { partitionRows } from '../preagg/partitions.ts';
import type { MetricRow } from '../sql/catalogueQuery.ts';
import {
  reportChecksQuery,
  reportEvidenceQuery,
  reportFactsQuery,
  reportQuery,
  type EvidenceRow,
  type ReportCheckRow,
  type ReportFactRow,
} from '../sql/reportQuery.ts';

export interface ReportData {
  report: Record<string, unknown> | undefined;
  facts: ReportFactRow[];
  checks: ReportCheckRow[];
  /** Whether `facts` carry their evidence strings yet. */
  evidence: boolean;
}

/** The printed forms a figure gets with its evidence. */
const PRINTED = ['unit_raw', 'label_raw', 'col_label_raw', 'context', 'note'] as const;
type Slim = Omit<ReportFactRow, (typeof PRINTED)[number] | 'table' | 'labels'>;

export async function loadReport(
  id: string,
  metrics: readonly Pick<MetricRow, 'metric_id' | 'table' | 'labels'>[],
): Promise<ReportData> {
  const part = <T extends { report_id?: unknown }>(p: 'row' | 'facts' | 'checks') =>
    partitionRows<T>(
      'report',
      [id],
      (b) => PRE_FILES.report(p, b),
      (r) => r.report_id === id,
    );
  const [row, facts, checks] = await Promise.all([
    part<Record<string, unknown>>('row'),
    part<Slim>('facts'),
    part<ReportCheckRow>('checks'),
  ]);
  if (row && facts && checks) {
    const byId = new Map(metrics.map((m) => [m.metric_id, m]));
    return {
      report: row[0],
      facts: facts.map((f) => ({
        ...f,
        table: byId.get(f.metric_id)?.table ?? null,
        labels: byId.get(f.metric_id)?.labels ?? null,
        unit_raw: null,
        label_raw: null,
        col_label_raw: null,
        context: null,
        note: null,
      })),
      checks,
      evidence: false,
    };
  }
  const [report, f, c] = await Promise.all([
    query(reportQuery(id)),
    query<ReportFactRow>(reportFactsQuery(id)),
    query<ReportCheckRow>(reportChecksQuery(id)),
  ]);
  return { report: report[0], facts: f, checks: c, evidence: true };
}

const factKey = (f: Omit<EvidenceRow, 'context'>) =>
  [f.metric_id, f.applicant_type, f.period, f.source, f.qualifier ?? ''].join('\u0000');

/** The figures with their printed forms and evidence strings filled in. */
export function withEvidence(
  facts: readonly ReportFactRow[],
  evidence: readonly EvidenceRow[],
): ReportFactRow[] {
  const byKey = new Map(evidence.map((e) => [factKey(e), e]));
  return facts.map((f) => {
    const e = byKey.get(factKey(f));
    const printed = Object.fromEntries(PRINTED.map((k) => [k, e?.[k] ?? null]));
    return { ...f, ...printed };
  });
}

/** One report's evidence strings, from the database. */
export function loadEvidence(id: string): Promise<EvidenceRow[]> {
  return query<EvidenceRow>(reportEvidenceQuery(id));
}
