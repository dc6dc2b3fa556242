/**
 * Older local 统计表 (2008–2013, and 福建 through 2018; SOURCES.md V4, the 平潭 2011 table):
 * 指标名称 / 计量单位 and one value column, or 本年度 + 历年累计, where this year's 历年累计 is last
 * year's plus this year's figure (the chain the cross-report check X_cumulative_roll follows).
 */
import { amount, dedupTotal } from '../draw.ts';
import type { SynthRow, SynthTable } from '../types.ts';
import type { YearInput } from './input.ts';
import { drawApplications } from './p2014.ts';
import { Values, cell, row } from './values.ts';

const LINES: { metric: string; label: string; unit: string }[] = [
  { metric: 'pro_info_total', label: '主动公开信息数', unit: '条' },
  { metric: 'pro_via_website', label: '其中：1.网站公开', unit: '条' },
  { metric: 'pro_via_gazette', label: '2.政府公报公开', unit: '条' },
  { metric: 'app_received', label: '受理依申请公开信息总数', unit: '条' },
  { metric: 'app_recv_in_person', label: '其中：1.当面申请数', unit: '条' },
  { metric: 'app_recv_fax', label: '2.传真申请数', unit: '条' },
  { metric: 'app_recv_email', label: '3.电子邮件申请数', unit: '条' },
  { metric: 'app_recv_online', label: '4.网上申请数', unit: '条' },
  { metric: 'app_recv_letter', label: '5.信函申请数', unit: '条' },
  { metric: 'app_recv_other', label: '6.其它形式申请数', unit: '条' },
  { metric: 'app_replied', label: '对申请的答复数', unit: '条' },
  { metric: 'app_rep_granted', label: '其中：1.同意公开答复数', unit: '条' },
  { metric: 'app_rep_partial', label: '2.同意部分公开答复数', unit: '条' },
  { metric: 'app_rep_denied', label: '3.否决公开答复数', unit: '条' },
  { metric: 'review_total', label: '行政复议数', unit: '件' },
  { metric: 'litig_total', label: '行政诉讼数', unit: '件' },
  { metric: 'admin_appeals', label: '行政申诉数', unit: '件' },
];

/** Draw the year's figures, and with `cumulative` the 历年累计 column (rolled in the state). */
export function drawPLocal(input: YearInput, values: Values, cumulative: boolean): void {
  const { profile: p, rng, year, body, state } = input;
  // The same channels as the 2014 table draws, so a body's series carry on across the switch.
  const website = amount(rng, p.info * p.channels[1]!, body.growth, year, 2018);
  const gazette = amount(rng, p.info * p.channels[0]!, body.growth, year, 2018);
  values.set('pro_via_website', website);
  values.set('pro_via_gazette', gazette);
  values.set('pro_info_total', dedupTotal(rng, [website, gazette]));
  drawApplications(
    input,
    values,
    [
      ['app_recv_in_person', 4],
      ['app_recv_fax', 0.5],
      ['app_recv_email', 1.5],
      ['app_recv_online', 2.5],
      ['app_recv_letter', 1.5],
      ['app_recv_other', 0.3],
    ],
    [
      ['app_rep_granted', 7.5],
      ['app_rep_partial', 1.5],
      ['app_rep_denied', 1],
    ],
  );
  values.set('admin_appeals', amount(rng, p.appsPre * p.reviewRate, 0, year));
  if (!cumulative) return;
  if (input.roll?.kind === 'cumulative') state.cumulative.clear();
  for (const { metric } of LINES) {
    const sum = (state.cumulative.get(metric) ?? 0) + values.get(metric);
    state.cumulative.set(metric, sum);
    values.set(metric, sum, 'all', 'cumulative');
  }
}

export function pLocalTable(values: Values, year: number, cumulative: boolean): SynthTable {
  const rows: SynthRow[] = LINES.map((line) =>
    row(
      [line.label],
      [
        cell(values, line.metric),
        ...(cumulative ? [cell(values, line.metric, 'all', 'cumulative')] : []),
      ],
      { unit: line.unit },
    ),
  );
  const h = (text: string) => ({ text, colspan: 1 });
  const columns = cumulative ? [`${year}年度`, '历年累计'] : ['统计数'];
  return {
    kind: 'P',
    blocks: [
      { header: [[h('指标名称'), h('计量单位'), ...columns.map(h)]], rows, labelColumns: 1 },
    ],
  };
}
