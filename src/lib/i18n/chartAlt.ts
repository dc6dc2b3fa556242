/**
 * A chart's text alternative in the UI language: what kind of chart it is, what it measures (and
 * in what unit), whose figures and which years it draws, its highest and lowest values and how
 * many have none. Used as the accessible name of every chart (role="img" + aria-label).
 */
import { formatValue } from '../charts/formatNumber.ts';
import { namesList, yearRuns } from '../state/chartMeta.ts';
import { tf, type StringKey } from '../state/strings.ts';
import type { Lang } from '../state/urlState.ts';

export type ChartKind = 'line' | 'bar' | 'stack' | 'heatmap' | 'multiples';

/** One figure the chart draws: whose (a body, a body-year, a cell), which year, its value. */
export interface AltValue {
  label: string;
  /** Which part of the owner's figures (a heatmap's column), named with the highest and lowest. */
  detail?: string;
  year?: number | null;
  /** null: drawn as a gap or `?` (no number). */
  value: number | null;
}

export interface AltSpec {
  kind: ChartKind;
  /** What is measured, with its unit: `Requests received (requests)`. */
  measure: string;
  values: readonly AltValue[];
  /** Names of the stacked or crossed categories (stacks, heatmaps). */
  categories?: readonly string[];
  /** How a value is written (a share as a percentage, a rate with its unit …). */
  format?: (value: number) => string;
}

const KIND: Record<ChartKind, StringKey> = {
  line: 'altLine',
  bar: 'altBar',
  stack: 'altStack',
  heatmap: 'altHeatmap',
  multiples: 'altMultiples',
};

/** `A 2019 123` / `A (2019): 123`: one value with its owner and year. */
function valueText(v: AltValue, lang: Lang, fmt: (value: number) => string): string {
  const who = v.detail ? `${v.label} · ${v.detail}` : v.label;
  const year = v.year != null ? (lang === 'zh' ? ` ${v.year} 年` : ` (${v.year})`) : '';
  return lang === 'zh' ? `${who}${year} ${fmt(v.value!)}` : `${who}${year}: ${fmt(v.value!)}`;
}

/** The sentence describing a chart of `spec`, in `lang`. */
export function chartAlt(spec: AltSpec, lang: Lang): string {
  const fmt = spec.format ?? ((v: number) => formatValue(v));
  const parts = [tf(lang, KIND[spec.kind], { measure: spec.measure })];
  const labels = [...new Set(spec.values.map((v) => v.label))];
  if (!labels.length) return `${parts[0]}${tf(lang, 'altEmpty', {})}`;
  parts.push(tf(lang, 'altItems', { n: labels.length, names: namesList(labels, lang) }));
  const years = spec.values.flatMap((v) => (v.year != null ? [v.year] : []));
  if (years.length) parts.push(tf(lang, 'altYears', { years: yearRuns(years) }));
  if (spec.categories?.length)
    parts.push(
      tf(lang, 'altCategories', {
        n: spec.categories.length,
        names: spec.categories.join(lang === 'zh' ? '、' : ', '),
      }),
    );
  const known = spec.values.filter((v) => v.value != null);
  if (known.length === 1)
    parts.push(tf(lang, 'altOnly', { value: valueText(known[0]!, lang, fmt) }));
  else if (known.length > 1) {
    let hi = known[0]!;
    let lo = known[0]!;
    for (const v of known) {
      if (v.value! > hi.value!) hi = v;
      if (v.value! < lo.value!) lo = v;
    }
    parts.push(
      tf(lang, 'altRange', { hi: valueText(hi, lang, fmt), lo: valueText(lo, lang, fmt) }),
    );
  }
  const gaps = spec.values.length - known.length;
  if (gaps) parts.push(tf(lang, 'altGaps', { n: gaps }));
  return lang === 'zh' ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}
