/** The 2019 template (国办公开办函〔2019〕60号), report years 2019–2020: tables 二, 三, 四. */
import { T2_MARKERS } from '../grammar/t2.ts';
import { T3_SUBTOTALS } from '../grammar/t3.ts';
import { T4_GROUPS } from '../grammar/t4.ts';
import { t2Identities, t3Identities, t4Identities } from '../identities.ts';
import { resultRows, t2Rows, t3Rows } from './tables.ts';
import type { Template } from './types.ts';

const T3 = t3Rows('t2019');

export const t2019: Template = {
  id: 't2019',
  rank: 2,
  markers: { T2: T2_MARKERS.t2019 },
  rows: { P: [], T2: t2Rows('t2019'), T3, T4: T4_GROUPS },
  identities: () => [...t2Identities(), ...t3Identities(resultRows(T3)), ...t4Identities()],
  derived: T3_SUBTOTALS,
  segment: 'post2019',
};
