/**
 * Where a finding of the Anomalies view leads: its report (and the report it is compared with)
 * with the figures and checks it is about highlighted, or, for a missing year, the body's series.
 */
import { DEFAULT_ANOMALY_PARAMS, type Anomaly } from '../sql/anomalies.ts';
import { checkOperands, rollOperands } from './checkOperands.ts';
import { refText } from './highlight.ts';
import type { AppState } from './urlState.ts';

export interface AnomalyLink {
  /** `report`: the finding's report; `other`: the one it is compared with; `compare`: the body's series. */
  kind: 'report' | 'other' | 'compare';
  /** The report opened (empty for `compare`). */
  report: string;
  patch: Partial<AppState>;
}

const column = (applicant: string | null) => (applicant && applicant !== 'all' ? applicant : null);

/** The figures (`hl`) and checks (`hlc`) of each report that the finding is about. */
export function findingRefs(a: Anomaly): {
  here: { hl: string[]; hlc: string[] };
  other: { hl: string[]; hlc: string[] };
} {
  const none = { hl: [], hlc: [] };
  switch (a.type) {
    case 'identity':
    case 'text_vs_table':
      if (!a.check_id) return { here: none, other: none };
      return {
        here: {
          hl: checkOperands(a.check_id, a.applicant_type, a.metric_id),
          hlc: [refText(a.check_id, column(a.applicant_type))],
        },
        other: none,
      };
    case 'continuity': {
      if (!a.check_id || !a.metric_id) return { here: none, other: none };
      const roll = rollOperands(a.check_id, a.metric_id, a.applicant_type);
      return {
        here: { hl: roll.here, hlc: [refText(a.check_id, column(a.applicant_type))] },
        other: { hl: roll.previous, hlc: [] },
      };
    }
    case 'jump': {
      const hl = a.metric_id ? [refText(a.metric_id, column(a.applicant_type))] : [];
      return { here: { hl, hlc: [] }, other: { hl, hlc: [] } };
    }
    default:
      return { here: none, other: none };
  }
}

/** The links of one finding, in the order shown. */
export function anomalyLinks(a: Anomaly): AnomalyLink[] {
  if (!a.report_id) {
    // A missing year has no report: show the body's series, where the year is a gap.
    return [
      {
        kind: 'compare',
        report: '',
        patch: {
          view: 'compare',
          series: '',
          bodies: [a.body_key],
          from: null,
          to: null,
          measure: 'abs',
          tab: 'chart',
        },
      },
    ];
  }
  const refs = findingRefs(a);
  const links: AnomalyLink[] = [
    {
      kind: 'report',
      report: a.report_id,
      patch: { view: 'report', report: a.report_id, ...refs.here },
    },
  ];
  if (a.other_report_id)
    links.push({
      kind: 'other',
      report: a.other_report_id,
      patch: { view: 'report', report: a.other_report_id, ...refs.other },
    });
  return links;
}

/**
 * The Anomalies view narrowed to one body and year (a report's findings), with the filters and
 * thresholds reset so that the list matches the marks, which use the defaults.
 */
export function reportAnomaliesPatch(bodyKey: string, year: number | null): Partial<AppState> {
  return {
    view: 'anomalies',
    bodies: [bodyKey],
    from: year,
    to: year,
    types: [],
    severities: [],
    thresholds: { ...DEFAULT_ANOMALY_PARAMS },
  };
}
