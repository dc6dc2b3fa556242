/** Options of the series picker: concepts first, then metrics grouped by catalogue table. */
import { METRIC_EN, metricName } from '../i18n/metricNames.ts';
import { RATE_IDS, rateById } from '../rates/rates.ts';
import type { Catalogue } from './catalogue.svelte.ts';
import type { Lang } from './urlState.ts';

/** Names of the crosswalk's concept topics (zh, en). */
const TOPIC_NAMES: Record<string, [string, string]> = {
  applications: ['申请', 'applications'],
  outcomes: ['办理结果', 'outcomes'],
  refusals: ['不予公开理由', 'refusal reasons'],
  review: ['行政复议', 'administrative review'],
  litigation: ['行政诉讼', 'litigation'],
  documents: ['规范性文件', 'normative documents'],
  decisions: ['许可、处罚、强制', 'licences, penalties, coercion'],
  fees: ['收费', 'fees'],
  staffing: ['人员和经费', 'staff and funding'],
};

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/**
 * Groups and filters the options by a search text (label or id, case-insensitive). The current
 * value always stays listed so the select never loses its selection. With `ratesLabel`, the
 * rates come first, in one group of that name.
 */
export function groupOptions(
  cat: Pick<Catalogue, 'concepts' | 'metrics'>,
  lang: Lang,
  search: string,
  current: string,
  conceptsLabel: string,
  groupLabel: (table: string) => string,
  ratesLabel?: string,
): OptionGroup[] {
  const needle = search.trim().toLowerCase();
  const keep = (value: string, ...texts: string[]) =>
    value === current || !needle || texts.some((s) => s.toLowerCase().includes(needle));
  const groups = new Map<string, OptionGroup>();
  if (ratesLabel) {
    const options = RATE_IDS.map((id) => ({ id, rate: rateById(id)! }))
      .filter(({ id, rate }) => keep(`r:${id}`, rate.zh, rate.en, id))
      .map(({ id, rate }) => ({ value: `r:${id}`, label: lang === 'zh' ? rate.zh : rate.en }));
    if (options.length) groups.set(ratesLabel, { label: ratesLabel, options });
  }
  for (const c of cat.concepts) {
    if (!keep(`c:${c.concept_id}`, c.label_zh, c.label_en, c.concept_id)) continue;
    const name = TOPIC_NAMES[c.topic]?.[lang === 'zh' ? 0 : 1] ?? c.topic;
    const label = `${conceptsLabel} · ${name}`;
    let g = groups.get(label);
    if (!g) groups.set(label, (g = { label, options: [] }));
    g.options.push({ value: `c:${c.concept_id}`, label: lang === 'zh' ? c.label_zh : c.label_en });
  }
  const byTable = new Map<string, OptionGroup>();
  for (const m of cat.metrics) {
    if (!keep(`m:${m.metric_id}`, m.label, m.metric_id, m.labels, METRIC_EN[m.metric_id] ?? ''))
      continue;
    let g = byTable.get(m.table);
    if (!g) byTable.set(m.table, (g = { label: groupLabel(m.table), options: [] }));
    const name = metricName(m.metric_id, m.labels, lang);
    const label = lang === 'zh' ? `${name}（${m.metric_id}）` : `${name} (${m.metric_id})`;
    g.options.push({ value: `m:${m.metric_id}`, label });
  }
  return [...groups.values(), ...byTable.values()];
}
