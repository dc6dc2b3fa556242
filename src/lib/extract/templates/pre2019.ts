/** The pre-2019 统计表 (国办发〔2014〕32号 and the older local tables): one vertical table. */
import { PRE2019_ROWS } from '../grammar/pre2019.ts';
import { pre2019Identities } from '../identities.ts';
import type { Template } from './types.ts';

export const pre2019: Template = {
  id: 'pre2019',
  rank: 1,
  // The 统计表 is found by its heading (regions.ts), not by column headers of its own.
  markers: {},
  rows: { P: PRE2019_ROWS, T2: [], T3: [], T4: [] },
  identities: (periods) => pre2019Identities(periods),
  derived: {},
  segment: 'pre2019',
};
