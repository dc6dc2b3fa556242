/**
 * English names of every catalogue metric (corpus/schema/metrics.tsv), keyed by metric id, and of
 * the catalogue's table groups. The Chinese name stays the catalogue's own label (metricLabel).
 * Written by hand from the printed row labels; a test holds every catalogue id to a name here.
 */
import { metricLabel, tableGroupLabel } from '../state/metricLabel.ts';
import type { Lang } from '../state/urlState.ts';

const RECON = 'Reconsiderations';
const DIRECT = 'Lawsuits without prior reconsideration';
const AFTER = 'Lawsuits after reconsideration';

export const METRIC_EN: Readonly<Record<string, string>> = {
  // P1 主动公开情况
  pro_info_total: 'Information published proactively',
  pro_normative_docs_published: 'Normative documents published proactively',
  pro_normative_docs_issued: 'Normative documents issued',
  pro_npc_cppcc_results_published:
    'Results on NPC deputies’ suggestions and CPPCC proposals published',
  pro_via_gazette: 'Information published in the government gazette',
  pro_via_website: 'Information published on government websites',
  pro_via_weibo: 'Information published on government Weibo',
  pro_via_wechat: 'Information published on government WeChat',
  pro_via_other: 'Information published in other ways',
  pro_fulltext_electronic: 'Information published proactively in full-text electronic form',
  pro_service_info: 'Service information provided',
  // P2 回应解读情况
  resp_hotspots: 'Public concerns and major public-opinion events responded to',
  resp_press_conf: 'Press conferences attended or held',
  resp_press_conf_principal: 'Press conferences attended by the principal officials',
  resp_online_interviews: 'Online interviews on government websites',
  resp_online_interviews_principal: 'Online interviews with the principal officials',
  resp_policy_interpretations: 'Policy interpretations published',
  resp_weibo_wechat_events: 'Events responded to on Weibo and WeChat',
  resp_other_events: 'Events responded to in other ways',
  // P3 依申请公开情况
  app_received: 'Requests received',
  app_recv_in_person: 'Requests made in person',
  app_recv_fax: 'Requests by fax',
  app_recv_online: 'Requests online',
  app_recv_email: 'Requests by e-mail',
  app_recv_letter: 'Requests by letter',
  app_recv_other: 'Requests in other forms',
  app_closed: 'Requests closed',
  app_closed_on_time: 'Requests closed on time',
  app_closed_extended: 'Requests closed after an extension',
  app_replied: 'Requests answered',
  app_rep_already_public: 'Answer: already published proactively',
  app_rep_granted: 'Answer: disclosure granted',
  app_rep_partial: 'Answer: partly disclosed',
  app_rep_denied: 'Answer: not disclosed',
  app_den_state_secret: 'Not disclosed: state secrets',
  app_den_commercial_secret: 'Not disclosed: commercial secrets',
  app_den_privacy: 'Not disclosed: personal privacy',
  app_den_security:
    'Not disclosed: endangers state, public or economic security or social stability',
  app_den_not_gov_info: 'Not disclosed: not government information under the Regulations',
  app_den_other_law: 'Not disclosed: other cases set by laws and regulations',
  app_den_exempt_n: 'Not disclosed: exemption category N',
  app_den_other_reason: 'Not disclosed: other reasons',
  app_rep_not_this_agency: 'Answer: outside this agency’s remit',
  app_rep_not_exist: 'Answer: the information does not exist',
  app_rep_amend_requested: 'Answer: applicant told to amend or complete the request',
  app_rep_other_channel: 'Answer: applicant told to use another channel',
  app_catalogue_items: 'Entries in the catalogue of information disclosed on request',
  app_rep_other_type: 'Answers of other types',
  // P4 复议、诉讼、投诉、收费
  review_total: 'Administrative reconsiderations',
  review_upheld: 'Reconsiderations upheld',
  review_corrected: 'Reconsiderations corrected',
  review_other: 'Other reconsiderations',
  litig_total: 'Administrative lawsuits',
  litig_upheld: 'Lawsuits upheld or dismissed',
  litig_corrected: 'Lawsuits corrected',
  litig_other: 'Other lawsuits',
  admin_appeals: 'Administrative appeals',
  complaints: 'Reports and complaints',
  fees_collected: 'Fees collected for disclosure on request',
  fees_waived: 'Disclosure fees waived',
  litig_reports_accepted: 'Lawsuits and reports accepted',
  // P5 机构建设和保障经费
  org_units: 'Offices dedicated to information disclosure',
  org_reading_points: 'Reading points for government information',
  staff_total: 'Staff working on information disclosure',
  staff_full_time: 'Full-time staff (excluding gazette and website staff)',
  staff_part_time: 'Part-time staff',
  budget_special: 'Special funds for information disclosure (excluding gazette and website)',
  // P6 会议和培训
  mtg_meetings: 'Disclosure work meetings or special meetings held',
  mtg_trainings: 'Training courses held',
  mtg_trainees: 'People trained',
  // P7 咨询 (local)
  consult_onsite: 'Enquiries received on site',
  consult_online: 'Enquiries online',
  consult_phone: 'Enquiry calls answered',
  consult_web_visits: 'Visits to the website’s disclosure pages',
  // T2 第二十条第（一）项
  t2_reg_new_made: 'Rules: newly made this year',
  t2_reg_new_published: 'Rules: newly published this year',
  t2_reg_public_total: 'Rules: total published',
  t2_ndoc_new_made: 'Normative documents: newly made this year',
  t2_ndoc_new_published: 'Normative documents: newly published this year',
  t2_ndoc_public_total: 'Normative documents: total published',
  t2_reg_made: 'Rules: issued this year',
  t2_reg_repealed: 'Rules: repealed this year',
  t2_reg_valid: 'Rules: in force',
  t2_ndoc_made: 'Administrative normative documents: issued this year',
  t2_ndoc_repealed: 'Administrative normative documents: repealed this year',
  t2_ndoc_valid: 'Administrative normative documents: in force',
  t2_otherdoc_new_made: 'Other documents published proactively: newly made this year',
  t2_otherdoc_new_published: 'Other documents published proactively: newly published this year',
  t2_otherdoc_public_total: 'Other documents published proactively: total published',
  // T2 第二十条第（五）（六）项
  t2_license_items_prev: 'Administrative licensing: items last year',
  t2_license_items_change: 'Administrative licensing: change this year (+/−)',
  t2_license_decisions: 'Administrative licensing: decisions',
  t2_othersvc_items_prev: 'Other external management services: items last year',
  t2_othersvc_items_change: 'Other external management services: change this year (+/−)',
  t2_othersvc_decisions: 'Other external management services: decisions',
  t2_penalty_items_prev: 'Administrative penalties: items last year',
  t2_penalty_items_change: 'Administrative penalties: change this year (+/−)',
  t2_penalty_decisions: 'Administrative penalties: decisions',
  t2_coercion_items_prev: 'Administrative coercion: items last year',
  t2_coercion_items_change: 'Administrative coercion: change this year (+/−)',
  t2_coercion_decisions: 'Administrative coercion: decisions',
  // T2 第二十条第（八）（九）项
  t2_fee_items_prev: 'Administrative fees: items last year',
  t2_fee_items_change: 'Administrative fees: change this year (+/−)',
  t2_fee_amount: 'Administrative fees: amount collected this year',
  t2_procure_projects: 'Centralised government procurement: projects',
  t2_procure_amount: 'Centralised government procurement: total amount',
  t2_local_total_published:
    'Government information published in the region or by the department (excluding news)',
  // T3 收到和处理政府信息公开申请情况
  app_new_received: 'New requests received this year',
  app_carried_in: 'Requests carried over from last year',
  res_granted: 'Outcome: disclosed',
  res_partial: 'Outcome: partly disclosed',
  res_den_state_secret: 'Not disclosed: state secret',
  res_den_law_forbidden: 'Not disclosed: forbidden by other laws and administrative regulations',
  res_den_security_stability: 'Not disclosed: endangers security or stability',
  res_den_third_party: 'Not disclosed: protects the lawful rights of third parties',
  res_den_internal_affairs: 'Not disclosed: internal affairs information',
  res_den_process_info: 'Not disclosed: process information',
  res_den_enforcement_file: 'Not disclosed: administrative enforcement files',
  res_den_admin_query: 'Not disclosed: administrative query matters',
  res_denied_total: 'Not disclosed: subtotal',
  res_unable_not_held: 'Unable to provide: not held by this agency',
  res_unable_need_creation: 'Unable to provide: would have to be newly made',
  res_unable_unclear: 'Unable to provide: still unclear after amendment',
  res_unable_total: 'Unable to provide: subtotal',
  res_np_petition: 'Not processed: petitions, reports and complaints',
  res_np_duplicate: 'Not processed: repeated requests',
  res_np_publication: 'Not processed: requests for public publications',
  res_np_massive: 'Not processed: many repeated requests without good reason',
  res_np_confirm: 'Not processed: confirming or reissuing information already obtained',
  res_np_total: 'Not processed: subtotal',
  res_other_total: 'Other handling',
  res_oth_overdue_correction: 'Other handling: request not amended in time without good reason',
  res_oth_overdue_fee: 'Other handling: fee not paid in time',
  res_oth_other: 'Other handling: other',
  res_total: 'Outcomes: total',
  app_carried_forward: 'Requests carried forward to next year',
  // T4 行政复议、行政诉讼情况
  rev_upheld: `${RECON}: upheld`,
  rev_corrected: `${RECON}: corrected`,
  rev_other: `${RECON}: other outcomes`,
  rev_pending: `${RECON}: pending`,
  rev_total: `${RECON}: total`,
  lit_direct_upheld: `${DIRECT}: upheld`,
  lit_direct_corrected: `${DIRECT}: corrected`,
  lit_direct_other: `${DIRECT}: other outcomes`,
  lit_direct_pending: `${DIRECT}: pending`,
  lit_direct_total: `${DIRECT}: total`,
  lit_after_rev_upheld: `${AFTER}: upheld`,
  lit_after_rev_corrected: `${AFTER}: corrected`,
  lit_after_rev_other: `${AFTER}: other outcomes`,
  lit_after_rev_pending: `${AFTER}: pending`,
  lit_after_rev_total: `${AFTER}: total`,
  // X 正文 (text-only)
  info_processing_fee: 'Information processing fees collected (report text)',
  text_app_received: 'Requests received (report text)',
  text_pro_info_total: 'Information published proactively (report text)',
  text_review_total: 'Administrative reconsiderations (report text)',
  text_litig_total: 'Administrative lawsuits (report text)',
  text_staff_full_time: 'Full-time staff (report text)',
  text_staff_part_time: 'Part-time staff (report text)',
  text_staff_total: 'Staff working on information disclosure (report text)',
  text_budget: 'Funds for information disclosure (report text)',
};

/** English names of the catalogue's table groups, keyed by the catalogue's `table` field. */
export const TABLE_EN: Readonly<Record<string, string>> = {
  'P1 主动公开情况': 'Proactive disclosure',
  'P2 回应解读情况': 'Responses and interpretation',
  'P3 依申请公开情况': 'Disclosure on request',
  'P4 复议、诉讼、投诉、收费': 'Reconsideration, litigation, complaints, fees',
  'P5 机构建设和保障经费': 'Organisation and funding',
  'P6 会议和培训': 'Meetings and training',
  'P7 咨询 (local)': 'Enquiries (local tables)',
  'T2 第二十条第（一）项': 'Article 20 (1): rules and normative documents',
  'T2 第二十条第（五）（六）项': 'Article 20 (5)(6): licensing, penalties, coercion',
  'T2 第二十条第（八）（九）项': 'Article 20 (8)(9): fees and procurement',
  'T3 收到和处理政府信息公开申请情况': 'Requests received and handled',
  'T4 行政复议、行政诉讼情况': 'Administrative reconsideration and litigation',
  'X 正文 (text-only)': 'Report text (prose only)',
};

/** A metric's name in `lang`: the catalogue label in Chinese, the name above in English. */
export function metricName(
  metricId: string,
  labels: string | null | undefined,
  lang: Lang,
): string {
  if (lang === 'en') return METRIC_EN[metricId] ?? metricId;
  return metricLabel(labels, metricId);
}

/** A catalogue table group's name in `lang` (`P1 主动公开情况` -> `主动公开情况` / `Proactive disclosure`). */
export function tableName(table: string, lang: Lang): string {
  if (lang === 'en') return TABLE_EN[table] ?? table.split(' ')[0] ?? table;
  return tableGroupLabel(table);
}
