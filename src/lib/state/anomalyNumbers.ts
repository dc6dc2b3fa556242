/** The figures a finding is about, in words: "左边 22 · 右边 21 · 差 1" (pure). */
import { formatValue } from '../charts/formatNumber.ts';
import type { Anomaly } from '../sql/anomalies.ts';
import { t, type StringKey } from './strings.ts';
import type { Lang } from './urlState.ts';

/** The meaning of `value_a` and `value_b` for each type (from the columns anomaliesQuery fills). */
export function anomalyNumbers(a: Anomaly, lang: Lang): string {
  const v = (x: number | null) => formatValue(x);
  const pair = (ka: StringKey, kb: StringKey) =>
    `${t(lang, ka)} ${v(a.value_a)} · ${t(lang, kb)} ${v(a.value_b)}`;
  if (a.value_a == null && a.value_b == null) return '';
  switch (a.type) {
    case 'identity': {
      const diff = a.value_a != null && a.value_b != null ? a.value_a - a.value_b : null;
      return `${pair('numLeft', 'numRight')} · ${t(lang, 'numDiff')} ${v(diff == null ? null : Math.round(diff * 1e6) / 1e6)}`;
    }
    case 'text_vs_table':
      return pair('numText', 'numTable');
    case 'continuity':
      return pair('numPrinted', 'numExpected');
    case 'jump': {
      // value_a is this year's figure, value_b the year before.
      const year = a.report_year;
      return `${year == null ? '' : year - 1}: ${v(a.value_b)} → ${year ?? ''}: ${v(a.value_a)}`;
    }
    case 'copy_table':
      return pair('numNonZero', 'numCells');
    case 'copy_text':
      return `${t(lang, 'numSimilarity')} ${v(a.value_a)}`;
    default:
      return [a.value_a, a.value_b]
        .filter((x) => x != null)
        .map(v)
        .join(' · ');
  }
}
