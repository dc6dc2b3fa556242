/**
 * The 2021 template (国办公开办函〔2021〕30号), report years 2021 on: table 二 reshaped, and table
 * 三's （六）其他处理 split into three rows whose sum is the printed or derived subtotal.
 */
import { T2_MARKERS } from '../grammar/t2.ts';
import { T3_COLUMNS, T3_OTHER_PARTS, T3_SUBTOTALS } from '../grammar/t3.ts';
import { T4_GROUPS } from '../grammar/t4.ts';
import { t3Identities, t3OtherSum, t4Identities } from '../identities.ts';
import { resultRows, t2Rows, t3Rows } from './tables.ts';
import type { Template } from './types.ts';

const T3 = t3Rows('t2021');

export const t2021: Template = {
  id: 't2021',
  rank: 3,
  markers: { T2: T2_MARKERS.t2021 },
  rows: { P: [], T2: t2Rows('t2021'), T3, T4: T4_GROUPS },
  identities: () => [
    ...t3Identities(resultRows(T3)),
    ...T3_COLUMNS.map((c) => t3OtherSum(c.applicant)),
    ...t4Identities(),
  ],
  derived: { ...T3_SUBTOTALS, res_other_total: T3_OTHER_PARTS },
  segment: 'post2019',
};
