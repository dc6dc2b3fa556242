/**
 * Table 三 of the 2019 and 2021 templates (METRICS.md §5, §6 T3): the union of both row lists in
 * template order. `（六）其他处理` is one data row in t2019 and a group of three rows in t2021.
 */
import type { TemplateId } from '../templates/types.ts';
import type { ApplicantType } from '../types.ts';

export interface T3Row {
  metric: string;
  /** Label cores (see labels.ts) that identify the row. */
  keys: readonly string[];
  /** Which template has the row (the registry's templates/tables.ts cuts each template's list). */
  formats: Exclude<TemplateId, 'pre2019'> | 'both';
}

export const T3_ROWS: readonly T3Row[] = [
  {
    metric: 'app_new_received',
    keys: ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请'],
    formats: 'both',
  },
  {
    metric: 'app_carried_in',
    keys: ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请'],
    formats: 'both',
  },
  { metric: 'res_granted', keys: ['予以公开'], formats: 'both' },
  { metric: 'res_partial', keys: ['部分公开'], formats: 'both' },
  { metric: 'res_den_state_secret', keys: ['属于国家秘密'], formats: 'both' },
  { metric: 'res_den_law_forbidden', keys: ['其他法律行政法规禁止公开'], formats: 'both' },
  { metric: 'res_den_security_stability', keys: ['危及三安全一稳定'], formats: 'both' },
  { metric: 'res_den_third_party', keys: ['保护第三方合法权益'], formats: 'both' },
  { metric: 'res_den_internal_affairs', keys: ['属于三类内部事务信息'], formats: 'both' },
  { metric: 'res_den_process_info', keys: ['属于四类过程性信息'], formats: 'both' },
  { metric: 'res_den_enforcement_file', keys: ['属于行政执法案卷'], formats: 'both' },
  { metric: 'res_den_admin_query', keys: ['属于行政查询事项'], formats: 'both' },
  { metric: 'res_unable_not_held', keys: ['本机关不掌握相关政府信息'], formats: 'both' },
  { metric: 'res_unable_need_creation', keys: ['没有现成信息需要另行制作'], formats: 'both' },
  { metric: 'res_unable_unclear', keys: ['补正后申请内容仍不明确'], formats: 'both' },
  { metric: 'res_np_petition', keys: ['信访举报投诉类申请'], formats: 'both' },
  { metric: 'res_np_duplicate', keys: ['重复申请'], formats: 'both' },
  { metric: 'res_np_publication', keys: ['要求提供公开出版物'], formats: 'both' },
  { metric: 'res_np_massive', keys: ['无正当理由大量反复申请'], formats: 'both' },
  { metric: 'res_np_confirm', keys: ['要求行政机关确认或重新出具已获取信息'], formats: 'both' },
  { metric: 'res_other_total', keys: ['其他处理'], formats: 't2019' },
  {
    metric: 'res_oth_overdue_correction',
    keys: ['申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请'],
    formats: 't2021',
  },
  {
    metric: 'res_oth_overdue_fee',
    keys: ['申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请'],
    formats: 't2021',
  },
  { metric: 'res_oth_other', keys: ['其他'], formats: 't2021' },
  { metric: 'res_total', keys: ['总计', '合计'], formats: 'both' },
  { metric: 'app_carried_forward', keys: ['结转下年度继续办理'], formats: 'both' },
];

/** The seven printed columns of table 三, in their fixed order (METRICS.md §3). */
export const T3_COLUMNS: readonly { applicant: ApplicantType; header: string }[] = [
  { applicant: 'natural_person', header: '自然人' },
  { applicant: 'legal_commercial', header: '商业企业' },
  { applicant: 'legal_research', header: '科研机构' },
  { applicant: 'legal_social_welfare', header: '社会公益组织' },
  { applicant: 'legal_law_service', header: '法律服务机构' },
  { applicant: 'legal_other', header: '其他' },
  { applicant: 'total', header: '总计' },
];

/** The applicant of each printed column, in table order (the last is `total`). */
export const T3_APPLICANTS: readonly ApplicantType[] = T3_COLUMNS.map((c) => c.applicant);
/** The six applicant columns whose sum is the total. */
export const T3_APPLICANT_PARTS = T3_APPLICANTS.filter((a) => a !== 'total');
/** The five legal-person columns, whose sum is `legal_subtotal`. */
export const T3_LEGAL_APPLICANTS = T3_APPLICANTS.filter((a) => a.startsWith('legal_'));

/** Derived subtotals: id -> component ids (METRICS.md §6 T3, `(derived)`). */
export const T3_SUBTOTALS: Readonly<Record<string, readonly string[]>> = {
  res_denied_total: [
    'res_den_state_secret',
    'res_den_law_forbidden',
    'res_den_security_stability',
    'res_den_third_party',
    'res_den_internal_affairs',
    'res_den_process_info',
    'res_den_enforcement_file',
    'res_den_admin_query',
  ],
  res_unable_total: ['res_unable_not_held', 'res_unable_need_creation', 'res_unable_unclear'],
  res_np_total: [
    'res_np_petition',
    'res_np_duplicate',
    'res_np_publication',
    'res_np_massive',
    'res_np_confirm',
  ],
};

/** t2021: （六）其他处理 is derived from its three rows. */
export const T3_OTHER_PARTS: readonly string[] = [
  'res_oth_overdue_correction',
  'res_oth_overdue_fee',
  'res_oth_other',
];
