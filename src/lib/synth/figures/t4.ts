/** Table 四 (行政复议、行政诉讼) of the 2019 and 2021 templates: three groups whose 总计 is the sum of four outcomes. */
import { T4_GROUPS } from '../../extract/grammar/t4.ts';
import { amount, apportion } from '../draw.ts';
import type { SynthTable } from '../types.ts';
import type { YearInput } from './input.ts';
import { Values, cell, row } from './values.ts';

const OUTCOME_SHARES = [0.6, 0.1, 0.15, 0.15];

export function drawT4(input: YearInput, values: Values): void {
  const { profile, rng, year, body } = input;
  const rates = [profile.reviewRate, profile.litigRate * 0.6, profile.litigRate * 0.4];
  T4_GROUPS.forEach((group, g) => {
    const total = amount(rng, profile.apps * rates[g]!, body.growth, year);
    const parts = apportion(rng, total, OUTCOME_SHARES);
    group.slice(0, 4).forEach((metric, i) => values.set(metric, parts[i]!));
    values.set(group[4]!, total);
  });
}

export function t4Table(values: Values): SynthTable {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const h = (text: string, colspan = 1, rowspan = 1) => ({ text, colspan, rowspan });
  return {
    kind: 'T4',
    blocks: [
      {
        header: [
          [h('行政复议', 5, 2), h('行政诉讼', 10)],
          [h('未经复议直接起诉', 5), h('复议后起诉', 5)],
          [...outcomes, ...outcomes, ...outcomes].map((t) => h(t)),
        ],
        rows: [
          row(
            [],
            T4_GROUPS.flat().map((m) => cell(values, m)),
          ),
        ],
        labelColumns: 0,
      },
    ],
  };
}
