/**
 * The 2014 national 统计表 (国办发〔2014〕32号; the 二道区 2017 sample, METRICS.md §8.5): 59 rows in
 * nine sections, one 统计数 column. Sums are drawn bottom-up so the hard identities of §8.1 hold.
 */
import { amount, apportion, dedupTotal, money } from '../draw.ts';
import type { SynthRow, SynthTable } from '../types.ts';
import type { YearInput } from './input.ts';
import { Values, cell, row } from './values.ts';

/** Application figures shared with the local tables: received by channel, replies by kind. */
export function drawApplications(
  input: YearInput,
  values: Values,
  channels: readonly [string, number][],
  replies: readonly [string, number][],
): void {
  const { profile: p, rng, year, body } = input;
  const received = amount(rng, p.appsPre, body.growth, year, 2018);
  const byChannel = apportion(
    rng,
    received,
    channels.map(([, w]) => w),
  );
  channels.forEach(([m], i) => values.set(m, byChannel[i]!));
  values.set('app_received', received);
  const pending = p.pendingRate > 0 ? Math.round(received * p.pendingRate) : 0;
  const replied = received - pending;
  values.set('app_replied', replied);
  const byReply = apportion(
    rng,
    replied,
    replies.map(([, w]) => w),
  );
  replies.forEach(([m], i) => values.set(m, byReply[i]!));
  const reviews = amount(rng, p.appsPre * p.reviewRate, body.growth, year, 2018);
  const lawsuits = amount(rng, p.appsPre * p.litigRate, body.growth, year, 2018);
  values.set('review_total', reviews);
  values.set('litig_total', lawsuits);
}

const split = (input: YearInput, values: Values, whole: string, parts: [string, number][]) => {
  const v = apportion(
    input.rng,
    values.get(whole),
    parts.map(([, w]) => w),
  );
  parts.forEach(([m], i) => values.set(m, v[i]!));
};

export function drawP2014(input: YearInput, values: Values): void {
  const { profile: p, rng, year, body } = input;
  const g = body.growth;
  const via = [
    'pro_via_gazette',
    'pro_via_website',
    'pro_via_weibo',
    'pro_via_wechat',
    'pro_via_other',
  ];
  const channels = via.map((m, i) => amount(rng, p.info * p.channels[i]!, g, year, 2018));
  via.forEach((m, i) => values.set(m, channels[i]!));
  const total = dedupTotal(rng, channels);
  values.set('pro_info_total', total);
  values.set(
    'pro_normative_docs_published',
    Math.min(total, amount(rng, p.ndocMade * 0.8, g, year)),
  );
  values.set('pro_normative_docs_issued', amount(rng, p.ndocMade, g, year));
  values.set('pro_npc_cppcc_results_published', amount(rng, p.responses * 0.3, g, year));
  const r = p.responses;
  values.set('resp_hotspots', amount(rng, r * 0.3, g, year));
  const press = amount(rng, r * 0.05, g, year);
  values.set('resp_press_conf', press);
  values.set('resp_press_conf_principal', Math.floor(press * rng.range(0, 0.8)));
  const interviews = amount(rng, r * 0.1, g, year);
  values.set('resp_online_interviews', interviews);
  values.set('resp_online_interviews_principal', Math.floor(interviews * rng.range(0, 0.8)));
  values.set('resp_policy_interpretations', amount(rng, r * 0.5, g, year));
  values.set('resp_weibo_wechat_events', amount(rng, r, g, year));
  values.set('resp_other_events', amount(rng, r * 0.2, g, year));
  drawApplications(
    input,
    values,
    [
      ['app_recv_in_person', 4],
      ['app_recv_fax', 0.5],
      ['app_recv_online', 4],
      ['app_recv_letter', 1.5],
    ],
    [
      ['app_rep_already_public', 0.5],
      ['app_rep_granted', 5],
      ['app_rep_partial', 0.8],
      ['app_rep_denied', 0.7],
      ['app_rep_not_this_agency', 1],
      ['app_rep_not_exist', 1],
      ['app_rep_amend_requested', 0.5],
      ['app_rep_other_channel', 0.5],
    ],
  );
  values.set('app_closed', values.get('app_replied'));
  split(input, values, 'app_closed', [
    ['app_closed_on_time', 19],
    ['app_closed_extended', 1],
  ]);
  split(input, values, 'app_rep_denied', [
    ['app_den_state_secret', 1],
    ['app_den_commercial_secret', 2],
    ['app_den_privacy', 3],
    ['app_den_security', 1],
    ['app_den_not_gov_info', 2],
    ['app_den_other_law', 1],
  ]);
  split(input, values, 'review_total', [
    ['review_upheld', 7],
    ['review_corrected', 1],
    ['review_other', 2],
  ]);
  split(input, values, 'litig_total', [
    ['litig_upheld', 7],
    ['litig_corrected', 1],
    ['litig_other', 2],
  ]);
  values.set('complaints', amount(rng, r * 0.05, g, year));
  values.set('fees_collected', p.fee > 0 && rng.chance(0.3) ? money(rng, 0.2) : 0);
  values.set('org_units', rng.chance(0.8) ? 1 : 2);
  values.set('org_reading_points', amount(rng, p.readingPoints, 0, year));
  values.set('staff_full_time', amount(rng, p.staff * 0.4, 0, year));
  values.set('staff_part_time', amount(rng, p.staff * 0.6, 0, year));
  values.set('staff_total', values.get('staff_full_time') + values.get('staff_part_time'));
  values.set('budget_special', money(rng, p.budget, g, year));
  values.set('mtg_meetings', amount(rng, p.meetings, 0, year));
  values.set('mtg_trainings', amount(rng, p.meetings, 0, year));
  values.set('mtg_trainees', amount(rng, p.trainees, g, year));
}

type Line =
  | { section: string }
  | { metric: string; label: string; unit: string; note?: string; money?: boolean };

const LINES: Line[] = [
  { section: '一、主动公开情况' },
  {
    metric: 'pro_info_total',
    label: '（一）主动公开政府信息数',
    note: '（不同渠道和方式公开相同信息计1条）',
    unit: '条',
  },
  { metric: 'pro_normative_docs_published', label: '其中：主动公开规范性文件数', unit: '条' },
  { metric: 'pro_normative_docs_issued', label: '制发规范性文件总数', unit: '件' },
  {
    metric: 'pro_npc_cppcc_results_published',
    label: '人大代表建议和政协提案办理结果公开数',
    unit: '件',
  },
  { section: '（二）通过不同渠道和方式公开政府信息的情况' },
  { metric: 'pro_via_gazette', label: '1.政府公报公开政府信息数', unit: '条' },
  { metric: 'pro_via_website', label: '2.政府网站公开政府信息数', unit: '条' },
  { metric: 'pro_via_weibo', label: '3.政务微博公开政府信息数', unit: '条' },
  { metric: 'pro_via_wechat', label: '4.政务微信公开政府信息数', unit: '条' },
  { metric: 'pro_via_other', label: '5.其他方式公开政府信息数', unit: '条' },
  { section: '二、回应解读情况' },
  {
    metric: 'resp_hotspots',
    label: '（一）回应公众关注热点或重大舆情数',
    note: '（不同方式回应同一热点或舆情计1次）',
    unit: '次',
  },
  { section: '（二）通过不同渠道和方式回应解读的情况' },
  { metric: 'resp_press_conf', label: '1.参加或举办新闻发布会总次数', unit: '次' },
  {
    metric: 'resp_press_conf_principal',
    label: '其中：主要负责同志参加新闻发布会次数',
    unit: '次',
  },
  { metric: 'resp_online_interviews', label: '2.政府网站在线访谈次数', unit: '次' },
  {
    metric: 'resp_online_interviews_principal',
    label: '其中：主要负责同志参加政府网站在线访谈次数',
    unit: '次',
  },
  { metric: 'resp_policy_interpretations', label: '3.政策解读稿件发布数', unit: '篇' },
  { metric: 'resp_weibo_wechat_events', label: '4.微博微信回应事件数', unit: '次' },
  { metric: 'resp_other_events', label: '5.其他方式回应事件数', unit: '次' },
  { section: '三、依申请公开情况' },
  { metric: 'app_received', label: '（一）收到申请数', unit: '件' },
  { metric: 'app_recv_in_person', label: '1.当面申请数', unit: '件' },
  { metric: 'app_recv_fax', label: '2.传真申请数', unit: '件' },
  { metric: 'app_recv_online', label: '3.网络申请数', unit: '件' },
  { metric: 'app_recv_letter', label: '4.信函申请数', unit: '件' },
  { metric: 'app_closed', label: '（二）申请办结数', unit: '件' },
  { metric: 'app_closed_on_time', label: '1.按时办结数', unit: '件' },
  { metric: 'app_closed_extended', label: '2.延期办结数', unit: '件' },
  { metric: 'app_replied', label: '（三）申请答复数', unit: '件' },
  { metric: 'app_rep_already_public', label: '1.属于已主动公开范围数', unit: '件' },
  { metric: 'app_rep_granted', label: '2.同意公开答复数', unit: '件' },
  { metric: 'app_rep_partial', label: '3.同意部分公开答复数', unit: '件' },
  { metric: 'app_rep_denied', label: '4.不同意公开答复数', unit: '件' },
  { metric: 'app_den_state_secret', label: '其中：涉及国家秘密', unit: '件' },
  { metric: 'app_den_commercial_secret', label: '涉及商业秘密', unit: '件' },
  { metric: 'app_den_privacy', label: '涉及个人隐私', unit: '件' },
  { metric: 'app_den_security', label: '危及国家安全、公共安全、经济安全和社会稳定', unit: '件' },
  { metric: 'app_den_not_gov_info', label: '不是《条例》所指政府信息', unit: '件' },
  { metric: 'app_den_other_law', label: '法律法规规定的其他情形', unit: '件' },
  { metric: 'app_rep_not_this_agency', label: '5.不属于本行政机关公开数', unit: '件' },
  { metric: 'app_rep_not_exist', label: '6.申请信息不存在数', unit: '件' },
  { metric: 'app_rep_amend_requested', label: '7.告知作出更改补充数', unit: '件' },
  { metric: 'app_rep_other_channel', label: '8.告知通过其他途径办理数', unit: '件' },
  { metric: 'review_total', label: '四、行政复议数量', unit: '件' },
  { metric: 'review_upheld', label: '（一）维持具体行政行为数', unit: '件' },
  { metric: 'review_corrected', label: '（二）被依法纠错数', unit: '件' },
  { metric: 'review_other', label: '（三）其他情形数', unit: '件' },
  { metric: 'litig_total', label: '五、行政诉讼数量', unit: '件' },
  { metric: 'litig_upheld', label: '（一）维持具体行政行为或者驳回原告诉讼请求数', unit: '件' },
  { metric: 'litig_corrected', label: '（二）被依法纠错数', unit: '件' },
  { metric: 'litig_other', label: '（三）其他情形数', unit: '件' },
  { metric: 'complaints', label: '六、举报投诉数量', unit: '件' },
  { metric: 'fees_collected', label: '七、依申请公开信息收取的费用', unit: '万元', money: true },
  { section: '八、机构建设和保障经费情况' },
  { metric: 'org_units', label: '（一）政府信息公开工作专门机构数', unit: '个' },
  { metric: 'org_reading_points', label: '（二）设置政府信息公开查阅点数', unit: '个' },
  { metric: 'staff_total', label: '（三）从事政府信息公开工作人员数', unit: '人' },
  {
    metric: 'staff_full_time',
    label: '1.专职人员数（不包括政府公报及政府网站工作人员数）',
    unit: '人',
  },
  { metric: 'staff_part_time', label: '2.兼职人员数', unit: '人' },
  {
    metric: 'budget_special',
    label: '（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）',
    unit: '万元',
    money: true,
  },
  { section: '九、政府信息公开会议和培训情况' },
  { metric: 'mtg_meetings', label: '（一）召开政府信息公开工作会议或专题会议数', unit: '次' },
  { metric: 'mtg_trainings', label: '（二）举办各类培训班数', unit: '次' },
  { metric: 'mtg_trainees', label: '（三）接受培训人员数', unit: '人次' },
];

/** The printed 统计表; `npc` adds the 2017–2018 row 人大代表建议和政协提案办理结果公开数. */
export function p2014Table(values: Values, npc: boolean): SynthTable {
  const rows: SynthRow[] = [];
  for (const line of LINES) {
    if ('section' in line) {
      rows.push(row([line.section], []));
      continue;
    }
    if (line.metric === 'pro_npc_cppcc_results_published' && !npc) continue;
    rows.push(
      row([line.label], [cell(values, line.metric, 'all', 'year', line.money ? 'money' : 'int')], {
        unit: line.unit,
        ...(line.note ? { note: line.note } : {}),
      }),
    );
  }
  const h = (text: string) => ({ text, colspan: 1 });
  return {
    kind: 'P',
    blocks: [{ header: [[h('统计指标'), h('单位'), h('统计数')]], rows, labelColumns: 1 }],
  };
}
