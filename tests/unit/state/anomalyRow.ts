/** Test helper: an anomaly row with defaults, as anomaliesQuery returns it. */
import type { Anomaly } from '../../../src/lib/sql/anomalies.ts';

export function anomaly(extra: Partial<Anomaly>): Anomaly {
  return {
    anomaly_id: 'x',
    type: 'identity',
    severity: 'high',
    report_id: 'r-2017',
    other_report_id: null,
    body_key: 'body',
    issuing_body: 'body人民政府',
    report_year: 2017,
    metric_id: null,
    applicant_type: 'all',
    period: 'year',
    value_a: null,
    value_b: null,
    check_id: null,
    sentence_zh: '',
    sentence_en: '',
    ...extra,
  };
}
