/**
 * The old <-> new crosswalk of METRICS.md §7 as data: each concept names, per report format, the
 * metric cells whose sum is the concept, and which definition ("segment") they belong to. Two
 * years join into one line only when they share a segment; otherwise the concept's relation says
 * how far apart the definitions are (`approx` or `not comparable`).
 */
import { T3_SUBTOTALS } from '../extract/grammar/t3.ts';
import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../extract/templates/index.ts';

export type Format = TemplateId;
export type Relation = 'same' | 'approx' | 'not comparable';
export type ConceptTopic =
  | 'applications'
  | 'outcomes'
  | 'refusals'
  | 'review'
  | 'litigation'
  | 'documents'
  | 'decisions'
  | 'fees'
  | 'staffing';

/** One metric cell of a concept's sum. */
export interface Term {
  metric: string;
  /** `all` (no applicant columns), `total` or one table 三 column such as `legal_subtotal`. */
  applicant: 'all' | 'total' | 'legal_subtotal';
  source: 'table' | 'text';
  /** Multiplier into the concept's unit (元 -> 万元 is 0.0001). */
  factor: number;
}

export interface ConceptFormat {
  terms: Term[];
  segment: string;
}

export interface Concept {
  id: string;
  topic: ConceptTopic;
  zh: string;
  en: string;
  unit: string;
  /** How definitions in different segments relate (METRICS.md §7). */
  relation: Relation;
  formats: Partial<Record<Format, ConceptFormat>>;
}

export const FORMATS: readonly Format[] = TEMPLATE_IDS;

/** A pre-2019 cell (no applicant breakdown). */
const p = (metric: string): Term => ({ metric, applicant: 'all', source: 'table', factor: 1 });
/** The 总计 column of a table 三 cell. */
const t = (metric: string): Term => ({ metric, applicant: 'total', source: 'table', factor: 1 });
/** A table 二/四 cell (applicant `all`). */
const a = p;

/** Old terms in the templates of the pre-2019 segment, new terms in the others (their segments). */
function oldNew(pre: Term[] | null, post: Term[]): Concept['formats'] {
  const formats: Concept['formats'] = {};
  for (const id of TEMPLATE_IDS) {
    const segment = TEMPLATES[id].segment;
    const terms = segment === 'pre2019' ? pre : post;
    if (terms) formats[id] = { terms, segment };
  }
  return formats;
}

/** The eight 不予公开 reasons of the 2019/2021 table 三 (the extractor's grammar). */
const DENIAL_REASONS = T3_SUBTOTALS.res_denied_total!;

/** A narrative (prose) figure: the only source of staffing and funding after 2019. */
const text = (metric: string): Term => ({ metric, applicant: 'all', source: 'text', factor: 1 });

export const CONCEPTS: Concept[] = [
  {
    id: 'c_app_received',
    topic: 'applications',
    zh: '收到政府信息公开申请数',
    en: 'Applications received',
    unit: '件',
    relation: 'approx',
    formats: oldNew([p('app_received')], [t('app_new_received')]),
  },
  {
    id: 'c_app_finished',
    topic: 'applications',
    zh: '申请办结数',
    en: 'Applications finished',
    unit: '件',
    relation: 'approx',
    formats: oldNew([p('app_closed')], [t('res_total')]),
  },
  {
    id: 'c_app_carried_in',
    topic: 'applications',
    zh: '上年结转申请数',
    en: 'Applications carried in',
    unit: '件',
    relation: 'approx',
    formats: oldNew(null, [t('app_carried_in')]),
  },
  {
    id: 'c_app_carried_forward',
    topic: 'applications',
    zh: '结转下年度继续办理数',
    en: 'Applications carried forward',
    unit: '件',
    relation: 'approx',
    formats: oldNew(null, [t('app_carried_forward')]),
  },
  {
    id: 'c_app_from_legal',
    topic: 'applications',
    zh: '法人或其他组织的申请数',
    en: 'Applications from legal persons and other organisations',
    unit: '件',
    relation: 'same',
    formats: {
      t2019: {
        terms: [
          { metric: 'app_new_received', applicant: 'legal_subtotal', source: 'table', factor: 1 },
        ],
        segment: 'post2019',
      },
      t2021: {
        terms: [
          { metric: 'app_new_received', applicant: 'legal_subtotal', source: 'table', factor: 1 },
        ],
        segment: 'post2019',
      },
    },
  },
  ...receiveChannelConcepts(),
  {
    id: 'c_out_total',
    topic: 'outcomes',
    zh: '办理结果总计（申请答复数）',
    en: 'Requests answered (all outcomes)',
    unit: '件',
    relation: 'approx',
    formats: oldNew([p('app_replied')], [t('res_total')]),
  },
  {
    id: 'c_out_granted',
    topic: 'outcomes',
    zh: '予以公开',
    en: 'Granted',
    unit: '件',
    relation: 'approx',
    formats: oldNew([p('app_rep_granted'), p('app_rep_already_public')], [t('res_granted')]),
  },
  {
    id: 'c_out_partial',
    topic: 'outcomes',
    zh: '部分公开',
    en: 'Partly granted',
    unit: '件',
    relation: 'same',
    formats: {
      pre2019: { terms: [p('app_rep_partial')], segment: 'all' },
      t2019: { terms: [t('res_partial')], segment: 'all' },
      t2021: { terms: [t('res_partial')], segment: 'all' },
    },
  },
  {
    id: 'c_out_refused',
    topic: 'outcomes',
    zh: '不予公开',
    en: 'Refused (all reasons)',
    unit: '件',
    relation: 'approx',
    formats: oldNew([p('app_rep_denied')], DENIAL_REASONS.map(t)),
  },
  {
    id: 'c_out_unable',
    topic: 'outcomes',
    zh: '无法提供',
    en: 'Unable to provide',
    unit: '件',
    relation: 'approx',
    formats: oldNew(
      [p('app_rep_not_this_agency'), p('app_rep_not_exist'), p('app_rep_amend_requested')],
      [t('res_unable_not_held'), t('res_unable_need_creation'), t('res_unable_unclear')],
    ),
  },
  {
    id: 'c_out_not_processed',
    topic: 'outcomes',
    zh: '不予处理',
    en: 'Not processed',
    unit: '件',
    relation: 'approx',
    formats: oldNew(
      null,
      [
        'res_np_petition',
        'res_np_duplicate',
        'res_np_publication',
        'res_np_massive',
        'res_np_confirm',
      ].map(t),
    ),
  },
  {
    id: 'c_out_other',
    topic: 'outcomes',
    zh: '其他处理',
    en: 'Other handling',
    unit: '件',
    relation: 'not comparable',
    formats: oldNew([p('app_rep_other_channel')], [t('res_other_total')]),
  },
  {
    id: 'c_den_state_secret',
    topic: 'refusals',
    zh: '不予公开：国家秘密',
    en: 'Refused: state secret',
    unit: '件',
    relation: 'same',
    formats: {
      pre2019: { terms: [p('app_den_state_secret')], segment: 'all' },
      t2019: { terms: [t('res_den_state_secret')], segment: 'all' },
      t2021: { terms: [t('res_den_state_secret')], segment: 'all' },
    },
  },
  {
    id: 'c_den_law',
    topic: 'refusals',
    zh: '不予公开：法律法规禁止',
    en: 'Refused: forbidden by other laws',
    unit: '件',
    relation: 'approx',
    formats: oldNew([p('app_den_other_law')], [t('res_den_law_forbidden')]),
  },
  {
    id: 'c_den_security',
    topic: 'refusals',
    zh: '不予公开：危及安全稳定',
    en: 'Refused: security and stability',
    unit: '件',
    relation: 'same',
    formats: {
      pre2019: { terms: [p('app_den_security')], segment: 'all' },
      t2019: { terms: [t('res_den_security_stability')], segment: 'all' },
      t2021: { terms: [t('res_den_security_stability')], segment: 'all' },
    },
  },
  {
    id: 'c_den_third_party',
    topic: 'refusals',
    zh: '不予公开：第三方权益（商业秘密、个人隐私）',
    en: 'Refused: third parties (commercial secrets, privacy)',
    unit: '件',
    relation: 'approx',
    formats: oldNew(
      [p('app_den_commercial_secret'), p('app_den_privacy')],
      [t('res_den_third_party')],
    ),
  },
  {
    id: 'c_den_internal',
    topic: 'refusals',
    zh: '不予公开：内部事务信息',
    en: 'Refused: internal affairs',
    unit: '件',
    relation: 'approx',
    formats: oldNew(null, [t('res_den_internal_affairs')]),
  },
  {
    id: 'c_den_process',
    topic: 'refusals',
    zh: '不予公开：过程性信息',
    en: 'Refused: process information',
    unit: '件',
    relation: 'approx',
    formats: oldNew(null, [t('res_den_process_info')]),
  },
  {
    id: 'c_den_enforcement',
    topic: 'refusals',
    zh: '不予公开：行政执法案卷',
    en: 'Refused: enforcement files',
    unit: '件',
    relation: 'approx',
    formats: oldNew(null, [t('res_den_enforcement_file')]),
  },
  {
    id: 'c_den_admin_query',
    topic: 'refusals',
    zh: '不予公开：行政查询事项',
    en: 'Refused: administrative queries',
    unit: '件',
    relation: 'approx',
    formats: oldNew(null, [t('res_den_admin_query')]),
  },
  {
    id: 'c_den_not_gov_info',
    topic: 'refusals',
    zh: '不予公开：非《条例》所指政府信息',
    en: 'Refused: not government information',
    unit: '件',
    relation: 'approx',
    formats: { pre2019: { terms: [p('app_den_not_gov_info')], segment: 'pre2019' } },
  },
  ...reviewConcepts(),
  ...litigationConcepts(),
  {
    id: 'c_ndoc_issued',
    topic: 'documents',
    zh: '制发规范性文件数',
    en: 'Normative documents issued',
    unit: '件',
    relation: 'approx',
    formats: {
      pre2019: { terms: [p('pro_normative_docs_issued')], segment: 'pre2019' },
      t2019: { terms: [a('t2_ndoc_new_made')], segment: 't2019' },
      t2021: { terms: [a('t2_ndoc_made')], segment: 't2021' },
    },
  },
  {
    id: 'c_ndoc_stock',
    topic: 'documents',
    zh: '规范性文件存量（对外公开总数 / 现行有效件数）',
    en: 'Normative documents in stock (published to date / in force)',
    unit: '件',
    relation: 'not comparable',
    formats: {
      t2019: { terms: [a('t2_ndoc_public_total')], segment: 't2019' },
      t2021: { terms: [a('t2_ndoc_valid')], segment: 't2021' },
    },
  },
  ...['license', 'penalty', 'coercion'].map((k): Concept => ({
    id: `c_${k}_decisions`,
    topic: 'decisions',
    zh: {
      license: '行政许可处理决定数',
      penalty: '行政处罚处理决定数',
      coercion: '行政强制处理决定数',
    }[k]!,
    en: {
      license: 'Licensing decisions',
      penalty: 'Penalty decisions',
      coercion: 'Coercion decisions',
    }[k]!,
    unit: '件',
    relation: 'same',
    formats: {
      t2019: { terms: [a(`t2_${k}_decisions`)], segment: 'post2019' },
      t2021: { terms: [a(`t2_${k}_decisions`)], segment: 'post2019' },
    },
  })),
  {
    id: 'c_fees',
    topic: 'fees',
    zh: '依申请公开收费（万元）',
    en: 'Fees for disclosure on request (10k yuan)',
    unit: '万元',
    relation: 'approx',
    formats: {
      pre2019: { terms: [p('fees_collected')], segment: 'pre2019' },
      t2021: {
        terms: [
          { metric: 'info_processing_fee', applicant: 'all', source: 'text', factor: 0.0001 },
        ],
        segment: 't2021',
      },
    },
  },
  ...staffingConcepts(),
];

/** Requests by the way they arrived: printed only in the pre-2019 table. */
function receiveChannelConcepts(): Concept[] {
  const names: Record<string, [string, string]> = {
    in_person: ['当面申请数', 'Requests in person'],
    fax: ['传真申请数', 'Requests by fax'],
    online: ['网络申请数', 'Requests online'],
    email: ['电子邮件申请数', 'Requests by e-mail'],
    letter: ['信函申请数', 'Requests by letter'],
    other: ['其他形式申请数', 'Requests in other ways'],
  };
  return Object.entries(names).map(([k, [zh, en]]) => ({
    id: `c_app_recv_${k}`,
    topic: 'applications',
    zh,
    en,
    unit: '件',
    relation: 'same',
    formats: { pre2019: { terms: [p(`app_recv_${k}`)], segment: 'pre2019' } },
  }));
}

/**
 * Staff and funding (METRICS.md §7): the pre-2019 table rows, then the figures the prose states
 * (the 2019 and 2021 templates have no such rows). A year whose report states nothing has no
 * value, never 0.
 */
function staffingConcepts(): Concept[] {
  const rows: [string, string, string, string, string, string][] = [
    [
      'c_staff_full_time',
      '专职人员数',
      'Full-time staff',
      '人',
      'staff_full_time',
      'text_staff_full_time',
    ],
    [
      'c_staff_part_time',
      '兼职人员数',
      'Part-time staff',
      '人',
      'staff_part_time',
      'text_staff_part_time',
    ],
    [
      'c_staff_total',
      '从事信息公开工作人员数',
      'Staff on disclosure work',
      '人',
      'staff_total',
      'text_staff_total',
    ],
    [
      'c_budget',
      '信息公开专项经费（万元）',
      'Disclosure budget (10k yuan)',
      '万元',
      'budget_special',
      'text_budget',
    ],
  ];
  return rows.map(([id, zh, en, unit, table, prose]) => ({
    id,
    topic: 'staffing',
    zh,
    en,
    unit,
    relation: 'approx',
    formats: {
      pre2019: { terms: [p(table)], segment: 'table' },
      t2019: { terms: [text(prose)], segment: 'text' },
      t2021: { terms: [text(prose)], segment: 'text' },
    },
  }));
}

function reviewConcepts(): Concept[] {
  const rows: [string, string, string, Term[], Term[]][] = [
    ['total', '行政复议数', 'Administrative reviews', [p('review_total')], [a('rev_total')]],
    ['upheld', '行政复议：结果维持', 'Reviews: upheld', [p('review_upheld')], [a('rev_upheld')]],
    [
      'corrected',
      '行政复议：结果纠正',
      'Reviews: corrected',
      [p('review_corrected')],
      [a('rev_corrected')],
    ],
    [
      'other',
      '行政复议：其他结果（含尚未审结）',
      'Reviews: other (incl. pending)',
      [p('review_other')],
      [a('rev_other'), a('rev_pending')],
    ],
    // The denominator of the correction rate: reviews with an outcome (pending ones left out
    // after 2019; the old 其他情形 cannot be split, hence approx).
    [
      'decided',
      '行政复议：已审结',
      'Reviews: decided',
      [p('review_upheld'), p('review_corrected'), p('review_other')],
      [a('rev_upheld'), a('rev_corrected'), a('rev_other')],
    ],
  ];
  return rows.map(([k, zh, en, pre, post]) => ({
    id: `c_review_${k}`,
    topic: 'review',
    zh,
    en,
    unit: '件',
    relation: 'approx',
    formats: oldNew(pre, post),
  }));
}

function litigationConcepts(): Concept[] {
  const both = (...outcomes: string[]): Term[] =>
    outcomes.flatMap((o) => [a(`lit_direct_${o}`), a(`lit_after_rev_${o}`)]);
  const rows: [string, string, string, Term[], Term[]][] = [
    ['total', '行政诉讼数', 'Lawsuits', [p('litig_total')], both('total')],
    ['upheld', '行政诉讼：结果维持', 'Lawsuits: upheld', [p('litig_upheld')], both('upheld')],
    [
      'corrected',
      '行政诉讼：结果纠正',
      'Lawsuits: corrected',
      [p('litig_corrected')],
      both('corrected'),
    ],
    [
      'other',
      '行政诉讼：其他结果（含尚未审结）',
      'Lawsuits: other (incl. pending)',
      [p('litig_other')],
      both('other', 'pending'),
    ],
  ];
  return rows.map(([k, zh, en, pre, post]) => ({
    id: `c_litig_${k}`,
    topic: 'litigation',
    zh,
    en,
    unit: '件',
    relation: 'approx',
    formats: oldNew(pre, post),
  }));
}

/** The segment a concept's latest format uses: rows in it are `same`, others carry the relation. */
export function referenceSegment(concept: Concept): string | undefined {
  for (const f of [...FORMATS].reverse()) {
    const seg = concept.formats[f]?.segment;
    if (seg) return seg;
  }
  return undefined;
}

/** Comparability of one format's definition with the concept's reference definition. */
export function comparability(concept: Concept, format: Format): Relation {
  return concept.formats[format]?.segment === referenceSegment(concept) ? 'same' : concept.relation;
}

export const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));
