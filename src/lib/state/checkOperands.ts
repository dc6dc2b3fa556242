/**
 * Which figures a check reads, as highlight references (`metric[.applicant]`): taken from the
 * extractor's own identity definitions, so a finding's link marks exactly the cells it adds up.
 */
import { TEXT_TWINS as EXTRACT_TEXT_TWINS } from '../extract/checks.ts';
import { t3RowIdentity, type Identity } from '../extract/identities.ts';
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

/** One figure on a side of a check: subtracted when `sign` is -1; read in the previous year's report when `previous`. */
export interface CheckTerm {
  ref: string;
  sign: 1 | -1;
  previous: boolean;
  /** A twin that only some formats print (text vs table): left out where the report lacks it. */
  optional?: boolean;
  /** Set when the term's period differs from the check's (the cumulative roll-over). */
  period?: 'year' | 'cumulative';
}

/** The two sides of a check: `lhs` is tested against the sum of `rhs` (`eq`: equal, `le`: at most). */
export interface CheckSides {
  op: 'eq' | 'le';
  lhs: CheckTerm[];
  rhs: CheckTerm[];
}

const term = (ref: string, more: Partial<CheckTerm> = {}): CheckTerm => ({
  ref,
  sign: 1,
  previous: false,
  ...more,
});

/** A roll-over check (crossReport.ts): this year's figure against last year's report. */
function rollSides(checkId: string, metric: string, applicant: string | null): CheckSides {
  const roll = rollOperands(checkId, metric, applicant);
  const before = (ref: string) => term(ref, { previous: true });
  switch (checkId) {
    case 'X_valid_roll':
      return {
        op: 'eq',
        lhs: [term(roll.here[0]!)],
        rhs: [before(roll.previous[0]!), term(roll.here[1]!), term(roll.here[2]!, { sign: -1 })],
      };
    case 'X_cumulative_roll':
      return {
        op: 'eq',
        lhs: [term(metric, { period: 'cumulative' })],
        rhs: [
          term(metric, { previous: true, period: 'cumulative' }),
          term(metric, { period: 'year' }),
        ],
      };
    default:
      return { op: 'eq', lhs: roll.here.map((r) => term(r)), rhs: roll.previous.map(before) };
  }
}

/**
 * The sides of a check, from the extractor's own definitions (identities, text twins, roll-overs):
 * what the report page writes as a formula. Null for a check this app cannot take apart.
 */
export function checkSides(
  checkId: string,
  applicant: string | null,
  metric: string | null,
): CheckSides | null {
  const terms = (operands: Identity['lhs']) =>
    operands.map((o) => term(refText(o.metric, column(o.applicant))));
  if (checkId === 'T3_cols_sum' && metric) {
    const row = t3RowIdentity(metric);
    return { op: 'eq', lhs: terms(row.lhs), rhs: terms(row.rhs) };
  }
  if (checkId === 'P_text_vs_table' && metric)
    return {
      op: 'eq',
      lhs: [term(metric)],
      rhs: (TEXT_TWINS[metric] ?? []).map((r) => term(r, { optional: true })),
    };
  if (checkId === 'T3_text_received')
    return {
      op: 'eq',
      lhs: [term(metric ?? 'text_app_received')],
      rhs: [term(refText('app_new_received', 'total')), term(refText('app_carried_in', 'total'))],
    };
  if (checkId.startsWith('X_') && metric) return rollSides(checkId, metric, applicant);
  const col = applicant || 'all';
  const found = IDENTITIES.filter(
    (i) => i.id === checkId && i.applicant === col && (!metric || !i.metric || i.metric === metric),
  );
  if (found.length === 0) return null;
  const unique = (list: CheckTerm[]) =>
    list.filter((x, i) => list.findIndex((y) => y.ref === x.ref) === i);
  return {
    op: found[0]!.op,
    lhs: unique(found.flatMap((i) => terms(i.lhs))),
    rhs: unique(found.flatMap((i) => terms(i.rhs))),
  };
}

/**
 * The figures of this report a check reads for one applicant column (and metric, for checks
 * about one row). Periods are not told apart: a figure's year and 历年累计 cells are both marked.
 */
export function checkOperands(
  checkId: string,
  applicant: string | null,
  metric: string | null,
): string[] {
  if (checkId === 'T3_cols_sum' && metric) return [metric]; // the row total and every column
  const sides = checkSides(checkId, applicant, metric);
  if (!sides) return [];
  return [...new Set([...sides.lhs, ...sides.rhs].filter((x) => !x.previous).map((x) => x.ref))];
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
