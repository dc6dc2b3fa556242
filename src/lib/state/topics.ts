/** What each topic page draws: metric or concept ids per chart, in drawing order (pure data). */
import { T3_APPLICANT_PARTS } from '../extract/grammar/t3.ts';
import { RECEIVE_CHANNELS } from '../extract/identities.ts';
import type { Lang, Topic } from './urlState.ts';

export const CHANNEL_METRICS = [
  'pro_via_gazette',
  'pro_via_website',
  'pro_via_weibo',
  'pro_via_wechat',
  'pro_via_other',
];
export const REQUEST_CHANNEL_METRICS: readonly string[] = RECEIVE_CHANNELS;
export const APPLICANT_TYPES: readonly string[] = T3_APPLICANT_PARTS;
export const OUTCOME_CONCEPTS = [
  'c_out_granted',
  'c_out_partial',
  'c_out_refused',
  'c_out_unable',
  'c_out_not_processed',
  'c_out_other',
];
export const REFUSAL_CONCEPTS = [
  'c_den_state_secret',
  'c_den_law',
  'c_den_security',
  'c_den_third_party',
  'c_den_internal',
  'c_den_process',
  'c_den_enforcement',
  'c_den_admin_query',
  'c_den_not_gov_info',
];
export const REVIEW_CONCEPTS = ['c_review_upheld', 'c_review_corrected', 'c_review_other'];
export const LITIGATION_CONCEPTS = ['c_litig_upheld', 'c_litig_corrected', 'c_litig_other'];
/** Staff and funding: the table rows before 2019, the prose after (crosswalk concepts). */
export const STAFF_CONCEPTS = ['c_staff_total', 'c_staff_full_time', 'c_staff_part_time'];
export const BUDGET_CONCEPTS = ['c_budget'];

const SHORT: Record<string, [string, string]> = {
  pro_via_gazette: ['政府公报', 'Gazette'],
  pro_via_website: ['政府网站', 'Website'],
  pro_via_weibo: ['政务微博', 'Weibo'],
  pro_via_wechat: ['政务微信', 'WeChat'],
  pro_via_other: ['其他方式', 'Other'],
  app_recv_in_person: ['当面', 'In person'],
  app_recv_fax: ['传真', 'Fax'],
  app_recv_online: ['网络', 'Online'],
  app_recv_email: ['电子邮件', 'E-mail'],
  app_recv_letter: ['信函', 'Letter'],
  app_recv_other: ['其他形式', 'Other'],
  c_out_granted: ['予以公开', 'Granted'],
  c_out_partial: ['部分公开', 'Partly'],
  c_out_refused: ['不予公开', 'Refused'],
  c_out_unable: ['无法提供', 'Unable'],
  c_out_not_processed: ['不予处理', 'Not processed'],
  c_out_other: ['其他处理', 'Other'],
  c_den_state_secret: ['国家秘密', 'State secret'],
  c_den_law: ['法律法规禁止', 'Other laws'],
  c_den_security: ['安全稳定', 'Security'],
  c_den_third_party: ['第三方权益', 'Third parties'],
  c_den_internal: ['内部事务', 'Internal affairs'],
  c_den_process: ['过程性信息', 'Process info'],
  c_den_enforcement: ['执法案卷', 'Enforcement files'],
  c_den_admin_query: ['行政查询', 'Admin. queries'],
  c_den_not_gov_info: ['非政府信息', 'Not gov. info'],
  c_review_upheld: ['维持', 'Upheld'],
  c_review_corrected: ['纠正', 'Corrected'],
  c_review_other: ['其他/未审结', 'Other/pending'],
  c_litig_upheld: ['维持', 'Upheld'],
  c_litig_corrected: ['纠正', 'Corrected'],
  c_litig_other: ['其他/未审结', 'Other/pending'],
  staff_full_time: ['专职人员', 'Full-time'],
  staff_part_time: ['兼职人员', 'Part-time'],
  budget_special: ['专项经费（万元）', 'Special budget (10k yuan)'],
};

/** Short category label for charts and tables (falls back to the id). */
export function categoryLabel(
  lang: Lang,
  id: string,
  codeName: (lang: Lang, code: string) => string,
): string {
  const pair = SHORT[id];
  if (pair) return lang === 'zh' ? pair[0] : pair[1];
  return codeName(lang, id);
}

/** The `{ key, label }` list a topic chart draws for `ids`, labelled in `lang`. */
export function topicCategories(
  lang: Lang,
  ids: readonly string[],
  codeName: (lang: Lang, code: string) => string,
): { key: string; label: string }[] {
  return ids.map((key) => ({ key, label: categoryLabel(lang, key, codeName) }));
}

/** What each topic page draws, as the ids its loaders ask for (one source for defaults and the build). */
export interface TopicIds {
  metrics: readonly string[];
  applicants: readonly string[];
  concepts: readonly string[];
}

export const TOPIC_IDS: Record<Topic, TopicIds> = {
  channels: { metrics: CHANNEL_METRICS, applicants: ['all'], concepts: [] },
  requests: {
    metrics: [...REQUEST_CHANNEL_METRICS, 'app_new_received'],
    applicants: ['all', ...APPLICANT_TYPES],
    concepts: OUTCOME_CONCEPTS,
  },
  refusals: { metrics: [], applicants: [], concepts: REFUSAL_CONCEPTS },
  review: { metrics: [], applicants: [], concepts: [...REVIEW_CONCEPTS, ...LITIGATION_CONCEPTS] },
  staffing: { metrics: [], applicants: [], concepts: [...STAFF_CONCEPTS, ...BUDGET_CONCEPTS] },
};

/** How many bodies a topic page shows when none is chosen. */
export const TOPIC_DEFAULT_BODIES = 10;
