/**
 * The cells of table 三 the extractor derives (data/README.md): the 不予公开, 无法提供 and 不予处理
 * subtotals, t2021's （六）其他处理 as the sum of its three rows, and the legal-person subtotal of
 * every row. Computed here from the printed cells, by the contract, not by calling the extractor.
 */
import {
  T3_APPLICANTS,
  T3_LEGAL_APPLICANTS,
  T3_OTHER_PARTS,
  T3_SUBTOTALS,
} from '../extract/grammar/t3.ts';
import type { ApplicantType } from '../extract/types.ts';
import type { SynthCell } from './types.ts';

export interface DerivedCell {
  metric: string;
  applicant: ApplicantType;
  value: number;
  note: string;
}

/** Derived cells of a report whose table 三 prints `cells` (in the extractor's order). */
export function derivedT3(cells: readonly SynthCell[], format: 't2019' | 't2021'): DerivedCell[] {
  const value = new Map<string, number>();
  const metrics: string[] = [];
  for (const c of cells) {
    if (c.applicant === 'all') continue;
    if (!metrics.includes(c.metric)) metrics.push(c.metric);
    value.set(`${c.metric}|${c.applicant}`, c.value);
  }
  const out: DerivedCell[] = [];
  const add = (metric: string, applicant: ApplicantType, v: number, note: string) => {
    out.push({ metric, applicant, value: v, note });
    value.set(`${metric}|${applicant}`, v);
  };
  const subtotals: [string, readonly string[]][] = Object.entries(T3_SUBTOTALS);
  if (format === 't2021') subtotals.push(['res_other_total', T3_OTHER_PARTS]);
  for (const [metric, parts] of subtotals)
    for (const a of T3_APPLICANTS)
      add(
        metric,
        a,
        parts.reduce((s, p) => s + value.get(`${p}|${a}`)!, 0),
        `sum of ${parts.join(' + ')}`,
      );
  for (const metric of [...metrics, ...subtotals.map(([m]) => m)]) {
    if (value.has(`${metric}|legal_subtotal`)) continue;
    add(
      metric,
      'legal_subtotal',
      T3_LEGAL_APPLICANTS.reduce((s, a) => s + value.get(`${metric}|${a}`)!, 0),
      'sum of the five 法人或其他组织 columns',
    );
  }
  return out;
}
