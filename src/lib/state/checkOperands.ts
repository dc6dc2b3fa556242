/**
 * Which figures a check reads, as highlight references (`metric[.applicant]`): taken from the
 * extractor's own identity definitions, so a finding's link marks exactly the cells it adds up.
 */
import { TEXT_TWINS as EXTRACT_TEXT_TWINS } from '../extract/checks.ts';
import type { Identity } from '../extract/identities.ts';
import { TEMPLATE_IDS, TEMPLATES } from '../extract/templates/index.ts';
import { refText } from './highlight.ts';

/** The identities of every template (a check id reads the same cells in each that has it). */
const IDENTITIES: Identity[] = TEMPLATE_IDS.flatMap((id) => TEMPLATES[id].identities(['year']));

/** Narrative figures and the table cells they are compared with (any format). */
const TEXT_TWINS: Record<string, string[]> = Object.fromEntries(
  Object.entries(EXTRACT_TEXT_TWINS).map(([text, twin]) => [text, [...twin.pre, ...twin.post]]),
);

/** The applicant column as a reference suffix: none for `all` or unknown. */
function column(applicant: string | null | undefined): string | null {
  return applicant && applicant !== 'all' ? applicant : null;
}

/**
 * The figures a check reads for one applicant column (and metric, for checks about one row).
 * Periods are not told apart: a figure's year and 历年累计 cells are both marked.
 */
export function checkOperands(
  checkId: string,
  applicant: string | null,
  metric: string | null,
): string[] {
  const refs = new Set<string>();
  if (checkId === 'T3_cols_sum' && metric) {
    refs.add(metric); // the row total and every column of that row
  } else if (checkId === 'P_text_vs_table' && metric) {
    for (const m of [metric, ...(TEXT_TWINS[metric] ?? [])]) refs.add(m);
  } else if (checkId === 'T3_text_received') {
    refs.add(metric ?? 'text_app_received');
    refs.add(refText('app_new_received', 'total'));
    refs.add(refText('app_carried_in', 'total'));
  } else if (checkId.startsWith('X_') && metric) {
    for (const r of rollOperands(checkId, metric, applicant).here) refs.add(r);
  } else {
    const col = applicant || 'all';
    for (const identity of IDENTITIES.filter((i) => i.id === checkId && i.applicant === col))
      for (const o of [...identity.lhs, ...identity.rhs])
        refs.add(refText(o.metric, column(o.applicant)));
  }
  return [...refs];
}

/**
 * A roll-over check (crossReport.ts) reads figures of this year's report (`here`) and of the
 * previous year's (`previous`).
 */
export function rollOperands(
  checkId: string,
  metric: string,
  applicant: string | null,
): { here: string[]; previous: string[] } {
  const col = column(applicant);
  switch (checkId) {
    case 'X_carry_roll':
      return {
        here: [refText('app_carried_in', col)],
        previous: [refText('app_carried_forward', col)],
      };
    case 'X_valid_roll': {
      const kind = metric.replace(/_valid$/, '');
      return { here: [metric, `${kind}_made`, `${kind}_repealed`], previous: [metric] };
    }
    case 'X_items_roll': {
      const change = metric.replace(/_prev$/, '_change');
      return { here: [metric], previous: [metric, change] };
    }
    default:
      return { here: [refText(metric, col)], previous: [refText(metric, col)] };
  }
}
