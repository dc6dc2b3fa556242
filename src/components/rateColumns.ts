/** The columns a rate adds to a chart's table: its numerator and its n (none for a count). */
import { formatValue } from '../lib/charts/formatNumber.ts';
import { t } from '../lib/state/strings.ts';
import type { Lang } from '../lib/state/urlState.ts';
import type { Column } from './DataTable.svelte';

export function rateColumns(lang: Lang, rate: boolean): Column[] {
  if (!rate) return [];
  const count = (v: unknown) => formatValue(v as number);
  return [
    { key: 'numerator', label: t(lang, 'colNumerator'), numeric: true, format: count },
    { key: 'denominator', label: t(lang, 'colN'), numeric: true, format: count },
  ];
}
