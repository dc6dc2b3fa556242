/**
 * Rates as measures of their own: each is defined once, as a numerator and a denominator made of
 * crosswalk concepts (METRICS.md §7), so a rate exists for exactly the formats where both of its
 * parts exist. Every rate is shown with its n (the denominator); below MIN_N the count is shown
 * instead of a percentage.
 */
import { MIN_TOTAL_FOR_SHARES } from '../charts/formatNumber.ts';
import { CONCEPT_BY_ID, FORMATS, type Format } from '../sql/crosswalk.ts';

/** `share`: numerator ÷ denominator, shown as a percentage; `per100`: per 100 of the denominator. */
export type RateUnit = 'share' | 'per100';

export interface Rate {
  zh: string;
  en: string;
  /** Concepts summed above the line. */
  numerator: readonly string[];
  /** Concepts summed below the line: the rate's n. */
  denominator: readonly string[];
  unit: RateUnit;
  /** What n counts, for the label `n = …` (zh, en). */
  nName: [string, string];
}

/** Below this denominator a rate is shown as its count, never as a percentage. */
export const DEFAULT_MIN_N = MIN_TOTAL_FOR_SHARES;

const ANSWERED: [string, string] = ['办理结果总计', 'requests answered'];
const RECEIVED: [string, string] = ['收到申请', 'requests received'];
const outcome = (zh: string, en: string, numerator: string[]): Rate => ({
  zh,
  en,
  numerator,
  denominator: ['c_out_total'],
  unit: 'share',
  nName: ANSWERED,
});
const channel = (zh: string, en: string, key: string): Rate => ({
  zh: `${zh}申请占比`,
  en: `Share of requests ${en}`,
  numerator: [`c_app_recv_${key}`],
  denominator: ['c_app_received'],
  unit: 'share',
  nName: RECEIVED,
});

export const RATES = {
  refusal: outcome('不予公开率', 'Refusal rate', ['c_out_refused']),
  granted: outcome('公开率（予以公开 + 部分公开）', 'Granted rate (in full or in part)', [
    'c_out_granted',
    'c_out_partial',
  ]),
  unable: outcome('无法提供率', 'Unable-to-provide rate', ['c_out_unable']),
  not_processed: outcome('不予处理率', 'Not-processed rate', ['c_out_not_processed']),
  review_per_100: {
    zh: '每百件申请的行政复议数',
    en: 'Administrative reviews per 100 requests',
    numerator: ['c_review_total'],
    denominator: ['c_app_received'],
    unit: 'per100',
    nName: RECEIVED,
  },
  litigation_per_100: {
    zh: '每百件申请的行政诉讼数',
    en: 'Lawsuits per 100 requests',
    numerator: ['c_litig_total'],
    denominator: ['c_app_received'],
    unit: 'per100',
    nName: RECEIVED,
  },
  review_correction: {
    zh: '行政复议纠正率（纠正 ÷ 已审结）',
    en: 'Reviews corrected (of those decided)',
    numerator: ['c_review_corrected'],
    denominator: ['c_review_decided'],
    unit: 'share',
    nName: ['已审结复议', 'reviews decided'],
  },
  legal_share: {
    zh: '法人或其他组织申请占比',
    en: 'Share of requests from legal persons and organisations',
    numerator: ['c_app_from_legal'],
    denominator: ['c_app_received'],
    unit: 'share',
    nName: RECEIVED,
  },
  channel_in_person: channel('当面', 'in person', 'in_person'),
  channel_fax: channel('传真', 'by fax', 'fax'),
  channel_online: channel('网络', 'online', 'online'),
  channel_email: channel('电子邮件', 'by e-mail', 'email'),
  channel_letter: channel('信函', 'by letter', 'letter'),
  channel_other: channel('其他形式', 'in other ways', 'other'),
} satisfies Record<string, Rate>;

export type RateId = keyof typeof RATES;
export const RATE_IDS = Object.keys(RATES) as RateId[];

/** The rate with this id, or undefined (ids come from URLs). */
export function rateById(id: string): Rate | undefined {
  return (RATES as Record<string, Rate>)[id];
}

/** The formats in which every concept of the rate, above and below the line, is defined. */
export function rateFormats(rate: Rate): Format[] {
  const parts = [...rate.numerator, ...rate.denominator];
  return FORMATS.filter((f) => parts.every((id) => CONCEPT_BY_ID.get(id)?.formats[f]));
}

/** Name of the rate's unit (zh, en): `%`, or per 100 of what n counts. */
export function rateUnit(rate: Rate, lang: 'zh' | 'en'): string {
  if (rate.unit === 'share') return '%';
  return lang === 'zh' ? `件/百件${rate.nName[0]}` : `per 100 ${rate.nName[1]}`;
}
