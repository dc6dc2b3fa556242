/**
 * Table 三 of the 2019 and 2021 templates, drawn bottom-up per applicant column so that every
 * identity of METRICS.md §8.2 holds: new + carried in = results + carried forward, the results
 * add up to （七）总计, and the 总计 column is the sum of the six others.
 */
import { T3_APPLICANT_PARTS, T3_APPLICANTS } from '../../extract/grammar/t3.ts';
import { amount, apportion } from '../draw.ts';
import { RESULT_METRICS } from '../profile.ts';
import type { LeadCell, SynthRow, SynthTable } from '../types.ts';
import type { YearInput } from './input.ts';
import { Values, cell, row } from './values.ts';

const OTHER_PARTS = ['res_oth_overdue_correction', 'res_oth_overdue_fee', 'res_oth_other'];

/** Draw table 三 into `values` and roll the carried-forward applications. */
export function drawT3(input: YearInput, values: Values, format: 't2019' | 't2021'): void {
  const { profile, rng, state, year, body } = input;
  const received = amount(rng, profile.apps, body.growth, year);
  const fresh = apportion(rng, received, profile.applicantShares);
  const carriedIn =
    state.carried ??
    apportion(rng, Math.round(received * profile.pendingRate), profile.applicantShares);
  const printedIn = [...carriedIn];
  if (input.roll?.kind === 'carry') printedIn[input.roll.column]! += input.roll.delta;
  const forward: number[] = [];
  const totals = new Map<string, number>();
  const add = (metric: string, column: number, v: number) => {
    values.set(metric, v, T3_APPLICANT_PARTS[column]);
    totals.set(metric, (totals.get(metric) ?? 0) + v);
  };
  T3_APPLICANT_PARTS.forEach((_, c) => {
    const available = fresh[c]! + printedIn[c]!;
    const pending =
      profile.pendingRate > 0
        ? Math.min(available, Math.round(available * profile.pendingRate * rng.range(0.8, 1.2)))
        : 0;
    const results = apportion(rng, available - pending, profile.resultShares);
    add('app_new_received', c, fresh[c]!);
    add('app_carried_in', c, printedIn[c]!);
    RESULT_METRICS.forEach((m, i) => add(m, c, results[i]!));
    if (format === 't2019')
      add(
        'res_other_total',
        c,
        OTHER_PARTS.reduce((s, m) => s + values.get(m, T3_APPLICANT_PARTS[c]), 0),
      );
    add('res_total', c, available - pending);
    add('app_carried_forward', c, pending);
    forward.push(pending);
  });
  for (const [metric, total] of totals) values.set(metric, total, 'total');
  state.carried = forward;
}

interface T3Line {
  metric: string;
  label: string;
  /** Group label printed in front on the group's first row, with the rows it spans. */
  groups?: LeadCell[];
}

const RESULTS_HEAD = '三、本年度办理结果';

function lines(format: 't2019' | 't2021'): T3Line[] {
  const span = format === 't2019' ? 20 : 22;
  const other: T3Line[] =
    format === 't2019'
      ? [{ metric: 'res_other_total', label: '（六）其他处理' }]
      : [
          {
            metric: 'res_oth_overdue_correction',
            label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
            groups: [{ text: '（六）其他处理', rowspan: 3 }],
          },
          {
            metric: 'res_oth_overdue_fee',
            label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          },
          { metric: 'res_oth_other', label: '3.其他' },
        ];
  return [
    { metric: 'app_new_received', label: '一、本年新收政府信息公开申请数量' },
    { metric: 'app_carried_in', label: '二、上年结转政府信息公开申请数量' },
    {
      metric: 'res_granted',
      label: '（一）予以公开',
      groups: [{ text: RESULTS_HEAD, rowspan: span }],
    },
    { metric: 'res_partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
    {
      metric: 'res_den_state_secret',
      label: '1.属于国家秘密',
      groups: [{ text: '（三）不予公开', rowspan: 8 }],
    },
    { metric: 'res_den_law_forbidden', label: '2.其他法律行政法规禁止公开' },
    { metric: 'res_den_security_stability', label: '3.危及“三安全一稳定”' },
    { metric: 'res_den_third_party', label: '4.保护第三方合法权益' },
    { metric: 'res_den_internal_affairs', label: '5.属于三类内部事务信息' },
    { metric: 'res_den_process_info', label: '6.属于四类过程性信息' },
    { metric: 'res_den_enforcement_file', label: '7.属于行政执法案卷' },
    { metric: 'res_den_admin_query', label: '8.属于行政查询事项' },
    {
      metric: 'res_unable_not_held',
      label: '1.本机关不掌握相关政府信息',
      groups: [{ text: '（四）无法提供', rowspan: 3 }],
    },
    { metric: 'res_unable_need_creation', label: '2.没有现成信息需要另行制作' },
    { metric: 'res_unable_unclear', label: '3.补正后申请内容仍不明确' },
    {
      metric: 'res_np_petition',
      label: '1.信访举报投诉类申请',
      groups: [{ text: '（五）不予处理', rowspan: 5 }],
    },
    { metric: 'res_np_duplicate', label: '2.重复申请' },
    { metric: 'res_np_publication', label: '3.要求提供公开出版物' },
    { metric: 'res_np_massive', label: '4.无正当理由大量反复申请' },
    { metric: 'res_np_confirm', label: '5.要求行政机关确认或重新出具已获取信息' },
    ...other,
    { metric: 'res_total', label: '（七）总计' },
    { metric: 'app_carried_forward', label: '四、结转下年度继续办理' },
  ];
}

/** The printed table 三. */
export function t3Table(values: Values, format: 't2019' | 't2021'): SynthTable {
  const rows: SynthRow[] = lines(format).map((line) =>
    row(
      [...(line.groups ?? []), line.label],
      T3_APPLICANTS.map((a) => cell(values, line.metric, a)),
    ),
  );
  return {
    kind: 'T3',
    blocks: [
      {
        header: [
          [
            {
              text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
              colspan: 3,
              rowspan: 3,
            },
            { text: '申请人情况', colspan: 7 },
          ],
          [
            { text: '自然人', colspan: 1, rowspan: 2 },
            { text: '法人或其他组织', colspan: 5 },
            { text: '总计', colspan: 1, rowspan: 2 },
          ],
          ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({
            text,
            colspan: 1,
          })),
        ],
        rows,
        labelColumns: 3,
      },
    ],
  };
}
