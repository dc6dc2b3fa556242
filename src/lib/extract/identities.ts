/**
 * The accounting identities of METRICS.md §8 as data: which cells they read and how they are
 * tested. The same definitions choose among split readings (hard ones) and produce checks.csv.
 */
import { T3_APPLICANT_PARTS, T3_APPLICANTS, T3_OTHER_PARTS, T3_SUBTOTALS } from './grammar/t3.ts';
import { T4_GROUPS } from './grammar/t4.ts';
import { severityOf, type CheckId } from './checks/registry.ts';
import type { TableId } from './templates/types.ts';
import type { ApplicantType, Period, Severity } from './types.ts';

export interface Operand {
  metric: string;
  applicant: ApplicantType;
  period: Period;
}

export interface Identity {
  id: string;
  /** The table whose cells it reads. */
  table: TableId;
  severity: Severity;
  /** `eq`: lhs = Σ rhs; `le`: lhs ≤ Σ rhs. */
  op: 'eq' | 'le';
  lhs: Operand[];
  rhs: Operand[];
  /** When set, absent operands are dropped, and the identity needs this many present on the right. */
  minPresent?: number;
  /** Column or row the identity is about, for checks.csv. */
  applicant: ApplicantType;
  period: Period;
  metric: string;
  /** Whether it may be used to choose among split readings. */
  forSplits: boolean;
  /** Checked only when this row is printed: a subtotal we derive equals its rows by construction. */
  printedOnly?: string;
}

/** The ways a pre-2019 request could arrive (統計表 rows 申请方式); their sum is `app_received`. */
export const RECEIVE_CHANNELS = [
  'app_recv_in_person',
  'app_recv_fax',
  'app_recv_online',
  'app_recv_email',
  'app_recv_letter',
  'app_recv_other',
] as const;

const op = (
  metric: string,
  applicant: ApplicantType = 'all',
  period: Period = 'year',
): Operand => ({ metric, applicant, period });

interface SumSpec {
  id: CheckId;
  lhs: string;
  rhs: string[];
  optional?: boolean;
}

const PRE_SUMS: SumSpec[] = [
  {
    id: 'P_recv_ways',
    lhs: 'app_received',
    rhs: [...RECEIVE_CHANNELS],
    optional: true,
  },
  { id: 'P_closed_split', lhs: 'app_closed', rhs: ['app_closed_on_time', 'app_closed_extended'] },
  {
    id: 'P_reply_split',
    lhs: 'app_replied',
    rhs: [
      'app_rep_already_public',
      'app_rep_granted',
      'app_rep_partial',
      'app_rep_denied',
      'app_rep_not_this_agency',
      'app_rep_not_exist',
      'app_rep_amend_requested',
      'app_rep_other_channel',
      'app_rep_other_type',
    ],
    optional: true,
  },
  {
    id: 'P_denied_reasons',
    lhs: 'app_rep_denied',
    rhs: [
      'app_den_state_secret',
      'app_den_commercial_secret',
      'app_den_privacy',
      'app_den_security',
      'app_den_not_gov_info',
      'app_den_other_law',
    ],
    optional: true,
  },
  {
    id: 'P_review_split',
    lhs: 'review_total',
    rhs: ['review_upheld', 'review_corrected', 'review_other'],
  },
  {
    id: 'P_litig_split',
    lhs: 'litig_total',
    rhs: ['litig_upheld', 'litig_corrected', 'litig_other'],
  },
  { id: 'P_staff_split', lhs: 'staff_total', rhs: ['staff_full_time', 'staff_part_time'] },
  { id: 'P_replied_eq_closed', lhs: 'app_replied', rhs: ['app_closed'] },
];

/**
 * Part-of relations (`其中`): each part ≤ its whole. Used to choose splits, and as checks where
 * METRICS lists them (an id); without an id they only choose splits, and hold whatever is printed.
 */
const PRE_PARTS: { id: CheckId | null; part: string; whole: string }[] = [
  { id: 'P_principal_press', part: 'resp_press_conf_principal', whole: 'resp_press_conf' },
  {
    id: 'P_principal_interview',
    part: 'resp_online_interviews_principal',
    whole: 'resp_online_interviews',
  },
  { id: 'P_closed_le_received', part: 'app_closed', whole: 'app_received' },
  { id: 'P_ndoc_le_total', part: 'pro_normative_docs_published', whole: 'pro_info_total' },
  ...[
    'pro_via_gazette',
    'pro_via_website',
    'pro_via_weibo',
    'pro_via_wechat',
    'pro_via_other',
    'pro_fulltext_electronic',
  ].map((part) => ({ id: null, part, whole: 'pro_info_total' })),
];

/** Identities of a pre-2019 table, for each period column present. */
export function pre2019Identities(periods: readonly Period[]): Identity[] {
  const out: Identity[] = [];
  for (const period of periods) {
    for (const spec of PRE_SUMS) {
      const severity = severityOf(spec.id);
      out.push({
        id: spec.id,
        table: 'P',
        severity,
        op: 'eq',
        lhs: [op(spec.lhs, 'all', period)],
        rhs: spec.rhs.map((m) => op(m, 'all', period)),
        ...(spec.optional ? { minPresent: 2 } : {}),
        applicant: 'all',
        period,
        metric: '',
        forSplits: severity === 'hard',
      });
      // Every part of a sum is at most the whole: holds whatever the other parts are.
      if (severity === 'hard') {
        for (const part of spec.rhs) out.push(partOf(null, part, spec.lhs, period));
      }
    }
    for (const p of PRE_PARTS) out.push(partOf(p.id, p.part, p.whole, period));
  }
  return out;
}

function partOf(id: CheckId | null, part: string, whole: string, period: Period): Identity {
  const severity = id ? severityOf(id) : 'hard';
  return {
    id: id ?? `part:${part}`,
    table: 'P',
    severity,
    op: 'le',
    lhs: [op(part, 'all', period)],
    rhs: [op(whole, 'all', period)],
    minPresent: 1,
    applicant: 'all',
    period,
    metric: id ? '' : part,
    forSplits: severity === 'hard',
  };
}

/** Identities of table 三 whose result rows are `resultRows` (each of the 7 columns). */
export function t3Identities(resultRows: readonly string[]): Identity[] {
  const out: Identity[] = [];
  for (const applicant of T3_APPLICANTS) {
    out.push({
      id: 'T3_flow',
      table: 'T3',
      severity: severityOf('T3_flow'),
      op: 'eq',
      lhs: [op('app_new_received', applicant), op('app_carried_in', applicant)],
      rhs: [op('res_total', applicant), op('app_carried_forward', applicant)],
      applicant,
      period: 'year',
      metric: '',
      forSplits: true,
    });
    out.push({
      id: 'T3_results_sum',
      table: 'T3',
      severity: severityOf('T3_results_sum'),
      op: 'eq',
      lhs: [op('res_total', applicant)],
      rhs: resultRows.map((m) => op(m, applicant)),
      applicant,
      period: 'year',
      metric: '',
      forSplits: true,
    });
  }
  return out;
}

/** Row identity of table 三: total = the six applicant columns (checked per printed row). */
export function t3RowIdentity(metric: string): Identity {
  return {
    id: 'T3_cols_sum',
    table: 'T3',
    severity: severityOf('T3_cols_sum'),
    op: 'eq',
    lhs: [op(metric, 'total')],
    rhs: T3_APPLICANT_PARTS.map((a) => op(metric, a)),
    applicant: 'total',
    period: 'year',
    metric,
    forSplits: false,
  };
}

/** T3_other_sum (t2021): a printed （六） subtotal = its three rows. */
export function t3OtherSum(applicant: ApplicantType): Identity {
  return {
    id: 'T3_other_sum',
    table: 'T3',
    severity: severityOf('T3_other_sum'),
    op: 'eq',
    lhs: [op('res_other_total', applicant)],
    rhs: T3_OTHER_PARTS.map((m) => op(m, applicant)),
    applicant,
    period: 'year',
    metric: '',
    forSplits: false,
    printedOnly: 'res_other_total',
  };
}

/** Identities of table 四 (one per outcome group). */
export function t4Identities(): Identity[] {
  const ids: CheckId[] = ['T4_rev', 'T4_lit_direct', 'T4_lit_after_rev'];
  return T4_GROUPS.map((group, g) => ({
    id: ids[g]!,
    table: 'T4' as const,
    severity: severityOf(ids[g]!),
    op: 'eq' as const,
    lhs: [op(group[4]!)],
    rhs: group.slice(0, 4).map((m) => op(m)),
    applicant: 'all' as const,
    period: 'year' as const,
    metric: '',
    forSplits: false,
  }));
}

/** T2_pub_le_total (t2019, soft): published this year ≤ published in total. */
export function t2Identities(): Identity[] {
  return [
    ['t2_reg_new_published', 't2_reg_public_total'],
    ['t2_ndoc_new_published', 't2_ndoc_public_total'],
  ].map(([part, whole]) => ({
    id: 'T2_pub_le_total',
    table: 'T2' as const,
    severity: severityOf('T2_pub_le_total'),
    op: 'le' as const,
    lhs: [op(part!)],
    rhs: [op(whole!)],
    applicant: 'all' as const,
    period: 'year' as const,
    metric: part!,
    forSplits: false,
  }));
}

/** Derived subtotals of table 三. */
export { T3_SUBTOTALS };

export type Lookup = (
  metric: string,
  applicant: ApplicantType,
  period: Period,
) => number | null | undefined;

export interface Evaluation {
  status: 'pass' | 'fail' | 'skipped';
  lhs: number | null;
  rhs: number | null;
  note: string;
}

/** Evaluate an identity; `undefined` = row absent, `null` = no value (blank, ambiguous). */
export function evaluate(identity: Identity, get: Lookup): Evaluation {
  const side = (operands: Operand[], optional: boolean) => {
    let sum = 0;
    let present = 0;
    const missing: string[] = [];
    for (const o of operands) {
      const v = get(o.metric, o.applicant, o.period);
      if (v === undefined && optional) continue;
      if (v === undefined || v === null) {
        missing.push(o.metric);
        continue;
      }
      sum += v;
      present++;
    }
    return { sum: round(sum), present, missing };
  };
  const optional = identity.minPresent !== undefined;
  const left = side(identity.lhs, false);
  const right = side(identity.rhs, optional);
  const missing = [...left.missing, ...right.missing];
  if (missing.length > 0)
    return {
      status: 'skipped',
      lhs: null,
      rhs: null,
      note: `no value for ${[...new Set(missing)].join(', ')}`,
    };
  if (optional && right.present < identity.minPresent!) {
    return { status: 'skipped', lhs: null, rhs: null, note: 'too few of its rows are printed' };
  }
  const pass = identity.op === 'eq' ? left.sum === right.sum : left.sum <= right.sum;
  return { status: pass ? 'pass' : 'fail', lhs: left.sum, rhs: right.sum, note: '' };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
