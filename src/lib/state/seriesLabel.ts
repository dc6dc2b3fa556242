/** The name and unit of a Compare/Ranking series (concept, metric or rate), in the UI language. */
import { metricName } from '../i18n/metricNames.ts';
import { conceptUnit, metricUnit } from '../i18n/units.ts';
import { rateById, rateUnit, type Rate } from '../rates/rates.ts';
import type { Catalogue } from './catalogue.svelte.ts';
import type { Lang } from './urlState.ts';

export interface SeriesLabel {
  label: string;
  /** The unit for titles and the y axis in the UI language: `件`, `%`, `requests` … */
  unit: string;
  /** The rate, when the series is one: its values are shown with n. */
  rate?: Rate;
}

export function seriesLabel(
  ref: { kind: 'concept' | 'metric' | 'rate'; id: string },
  cat: Pick<Catalogue, 'concepts' | 'metrics'> | null | undefined,
  lang: Lang,
): SeriesLabel {
  if (ref.kind === 'rate') {
    const rate = rateById(ref.id);
    if (!rate) return { label: ref.id, unit: '' };
    return { label: lang === 'zh' ? rate.zh : rate.en, unit: rateUnit(rate, lang), rate };
  }
  if (ref.kind === 'concept') {
    const c = cat?.concepts.find((x) => x.concept_id === ref.id);
    return {
      label: c ? (lang === 'zh' ? c.label_zh : c.label_en) : ref.id,
      unit: c ? conceptUnit(c, lang) : '',
    };
  }
  const m = cat?.metrics.find((x) => x.metric_id === ref.id);
  return {
    label: m ? metricName(m.metric_id, m.labels, lang) : ref.id,
    unit: m ? metricUnit(m.metric_id, m.unit, lang) : '',
  };
}

/** A rate's formula in words: `不予公开 ÷ 办理结果总计（申请答复数）`, from the concepts' names. */
export function rateFormula(
  rate: Rate,
  cat: Pick<Catalogue, 'concepts'> | null | undefined,
  lang: Lang,
): { num: string; den: string } {
  const name = (id: string) => {
    const c = cat?.concepts.find((x) => x.concept_id === id);
    return c ? (lang === 'zh' ? c.label_zh : c.label_en) : id;
  };
  const sum = (ids: readonly string[]) => ids.map(name).join(' + ');
  return { num: sum(rate.numerator), den: sum(rate.denominator) };
}
