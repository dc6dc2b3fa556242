/** The columns a rate adds to a chart's table: its numerator and its n (none for a count). */
import { formatValue } from '../lib/charts/formatNumber.ts';
import { t } from '../lib/state/strings.ts';
import type { Lang } from '../lib/state/urlState.ts';

/** A DataTable column (its `Column`, written out: a .ts module cannot import a .svelte type). */
interface CountColumn {
  key: string;
  label: string;
  numeric: true;
  format: (value: unknown) => string;
}

export function rateColumns(lang: Lang, rate: boolean): CountColumn[] {
  if (!rate) return [];
  const count = (v: unknown) => formatValue(v as number);
  return [
    { key: 'numerator', label: t(lang, 'colNumerator'), numeric: true, format: count },
    { key: 'denominator', label: t(lang, 'colN'), numeric: true, format: count },
  ];
}
