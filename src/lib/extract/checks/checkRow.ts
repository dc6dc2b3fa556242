/** The one constructor of checks.csv rows: severity from the registry, delta from the two sides. */
import type { ApplicantType, Check, CheckStatus, Period } from '../types.ts';
import { severityOf, type CheckId } from './registry.ts';

/** What evaluating a check gives for one column, row or period. */
export interface Outcome {
  /** The row a per-row check is about, or the text metric compared; '' otherwise. */
  metric: string;
  applicant: ApplicantType;
  period: Period;
  lhs: number | null;
  rhs: number | null;
  status: CheckStatus;
  note: string;
}

export function checkRow(reportId: string, id: CheckId, o: Outcome): Check {
  return {
    report_id: reportId,
    check_id: id,
    metric_id: o.metric,
    applicant_type: o.applicant,
    period: o.period,
    lhs: o.lhs,
    rhs: o.rhs,
    delta: o.lhs !== null && o.rhs !== null ? Math.round((o.lhs - o.rhs) * 1e6) / 1e6 : null,
    severity: severityOf(id),
    status: o.status,
    note: o.note,
  };
}
