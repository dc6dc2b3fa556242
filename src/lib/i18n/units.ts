/**
 * Units in the UI language. The catalogue writes `件` for requests, cases, documents and
 * decisions alike; in English the unit names what is counted, so a metric or concept whose `件`
 * is not requests names its own.
 */
import type { Lang } from '../state/urlState.ts';

/** English names of the catalogue's units, by what most metrics of that unit count. */
export const UNIT_EN: Readonly<Record<string, string>> = {
  件: 'requests',
  '件 (older local: 条)': 'requests (older local tables: items)',
  条: 'items',
  项: 'items',
  次: 'times',
  篇: 'articles',
  个: 'units',
  人: 'persons',
  人次: 'person-times',
  万元: '10k yuan',
  元: 'yuan',
  '%': '%',
  'money: the template fixes no unit (Shanghai 2019 wrote 元)':
    'money: the template fixes no unit (Shanghai 2019 wrote yuan)',
  'money: the template fixes no unit': 'money: the template fixes no unit',
};

const CASES = 'cases';
const DOCUMENTS = 'documents';
const DECISIONS = 'decisions';

/** Metrics whose unit counts something else than the unit's usual English name says. */
const METRIC_UNIT_EN: Readonly<Record<string, string>> = {
  pro_normative_docs_issued: DOCUMENTS,
  pro_npc_cppcc_results_published: 'items',
  review_total: CASES,
  review_upheld: CASES,
  review_corrected: CASES,
  review_other: CASES,
  litig_total: CASES,
  litig_upheld: CASES,
  litig_corrected: CASES,
  litig_other: CASES,
  admin_appeals: CASES,
  complaints: CASES,
  litig_reports_accepted: CASES,
  text_review_total: CASES,
  text_litig_total: CASES,
  org_units: 'offices',
  org_reading_points: 'reading points',
  t2_procure_projects: 'projects',
  t2_license_decisions: DECISIONS,
  t2_othersvc_decisions: DECISIONS,
  t2_penalty_decisions: DECISIONS,
  t2_coercion_decisions: DECISIONS,
  ...Object.fromEntries(
    ['reg', 'ndoc', 'otherdoc'].flatMap((d) =>
      ['new_made', 'new_published', 'public_total', 'made', 'repealed', 'valid'].map((k) => [
        `t2_${d}_${k}`,
        DOCUMENTS,
      ]),
    ),
  ),
  ...Object.fromEntries(
    ['upheld', 'corrected', 'other', 'pending', 'total'].flatMap((k) => [
      [`rev_${k}`, CASES],
      [`lit_direct_${k}`, CASES],
      [`lit_after_rev_${k}`, CASES],
    ]),
  ),
};

/** What the `件` of a concept counts, by its crosswalk topic. */
const TOPIC_UNIT_EN: Readonly<Record<string, string>> = {
  review: CASES,
  litigation: CASES,
  documents: DOCUMENTS,
  decisions: DECISIONS,
};

/** A unit in `lang`; an unknown unit is shown as it is. */
export function unitName(unit: string | null | undefined, lang: Lang): string {
  if (!unit) return '';
  return lang === 'zh' ? unit : (UNIT_EN[unit] ?? unit);
}

/**
 * The unit of a catalogue metric in `lang`, for titles and axes: without the catalogue's note in
 * brackets (`件 (older local: 条)` -> `件`) unless `full` (the data dictionary).
 */
export function metricUnit(
  metricId: string,
  unit: string | null | undefined,
  lang: Lang,
  full = false,
): string {
  if (!unit) return '';
  const counted = METRIC_UNIT_EN[metricId];
  if (lang === 'en' && counted) return counted;
  return unitName(full ? unit : unit.replace(/\s*\([^()]*\)$/, ''), lang);
}

/** The unit of a crosswalk concept in `lang`. */
export function conceptUnit(concept: { unit: string; topic: string }, lang: Lang): string {
  const counted = concept.unit === '件' ? TOPIC_UNIT_EN[concept.topic] : undefined;
  if (lang === 'en' && counted) return counted;
  return unitName(concept.unit, lang);
}

/** `收到申请数（件）` / `Requests received (requests)`: a name with its unit, if it has one. */
export function withUnit(label: string, unit: string | null | undefined, lang: Lang): string {
  if (!unit) return label;
  return lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`;
}
