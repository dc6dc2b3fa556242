/** Anomaly counts per report as marks on other views: the Overview matrix and Compare points (pure). */
import { codeName, tf } from './strings.ts';
import type { Lang } from './urlState.ts';

/** One row of anomalyCountsQuery. */
export interface AnomalyCount {
  report_id: string;
  n: number;
  /** Most severe: 0 high, 1 medium, 2 low. */
  rank: number;
  /** Types, comma-separated. */
  types: string;
}

const SEVERITY_BY_RANK = ['high', 'medium', 'low'] as const;

/** Counts by report id. */
export function countMap(rows: readonly AnomalyCount[]): Map<string, AnomalyCount> {
  return new Map(rows.map((r) => [r.report_id, r]));
}

/** The most severe level of a count, as a severity code. */
export function countSeverity(c: AnomalyCount): 'high' | 'medium' | 'low' {
  return SEVERITY_BY_RANK[c.rank] ?? 'low';
}

/** "2 项异常（最高：高）：恒等式不成立、正文与统计表不符". */
export function markTitle(c: AnomalyCount, lang: Lang): string {
  const types = c.types
    .split(',')
    .filter(Boolean)
    .map((x) => codeName(lang, x))
    .join(lang === 'zh' ? '、' : ', ');
  return tf(lang, 'anomalyMarkTitle', { n: c.n, sev: codeName(lang, countSeverity(c)), types });
}

/** `${body_key}|${year}` of each drawn point whose report carries anomalies, with its tooltip. */
export function compareMarks(
  rows: readonly { body_key: string; body_name: string; report_year: number; report_id: string }[],
  counts: Map<string, AnomalyCount> | null | undefined,
  lang: Lang,
): Map<string, string> {
  const marks = new Map<string, string>();
  if (!counts) return marks;
  for (const r of rows) {
    const c = counts.get(r.report_id);
    if (c)
      marks.set(
        `${r.body_key}|${r.report_year}`,
        `${r.body_name} ${r.report_year}: ${markTitle(c, lang)}`,
      );
  }
  return marks;
}
