/** checks.csv rows: every identity of METRICS.md §8 that applies to the tables found. */
import type { Analysis } from './analyse.ts';
import { T3_COLUMNS } from './grammar/t3.ts';
import {
  evaluate,
  pre2019Identities,
  t2Identities,
  t3Identities,
  t3OtherSum,
  t3RowIdentity,
  t4Identities,
  type Identity,
  type Lookup,
} from './identities.ts';
import type { ApplicantType, Check, Fact, Period } from './types.ts';

/** Narrative figures and the table cells each is compared with, before and after 2019. */
export const TEXT_TWINS: Readonly<Record<string, { pre: string[]; post: string[] }>> = {
  text_pro_info_total: { pre: ['pro_info_total'], post: [] },
  text_review_total: { pre: ['review_total'], post: ['rev_total'] },
  text_litig_total: { pre: ['litig_total'], post: ['lit_direct_total', 'lit_after_rev_total'] },
  text_app_received: { pre: ['app_received'], post: [] },
  text_staff_full_time: { pre: ['staff_full_time'], post: [] },
  text_staff_part_time: { pre: ['staff_part_time'], post: [] },
  text_staff_total: { pre: ['staff_total'], post: [] },
  text_budget: { pre: ['budget_special'], post: [] },
};

/** The checks of one report's facts; only the templates found (`formats`, `periods`) are needed. */
export function buildChecks(
  facts: Fact[],
  a: Pick<Analysis, 'formats' | 'periods'>,
  t3Format: string | null,
  reportId: string,
): Check[] {
  const table = new Map<string, Fact>();
  for (const f of facts)
    if (f.source === 'table') table.set(`${f.metric_id}|${f.applicant_type}|${f.period}`, f);
  const get: Lookup = (metric, applicant, period) => {
    const f = table.get(`${metric}|${applicant}|${period}`);
    if (!f || f.value_status === 'missing' || f.value_status === 'truncated') return undefined;
    return f.value;
  };
  const present = (identity: Identity) =>
    [...identity.lhs, ...identity.rhs].some(
      (o) => get(o.metric, o.applicant, o.period) !== undefined,
    );
  const checks: Check[] = [];
  const push = (identity: Identity, note = '') => {
    const e = evaluate(identity, get);
    checks.push({
      report_id: reportId,
      check_id: identity.id,
      metric_id: identity.metric,
      applicant_type: identity.applicant,
      period: identity.period,
      lhs: e.lhs,
      rhs: e.rhs,
      delta: e.lhs !== null && e.rhs !== null ? Math.round((e.lhs - e.rhs) * 1e6) / 1e6 : null,
      severity: identity.severity,
      status: e.status,
      note: [note, e.note].filter(Boolean).join('; '),
    });
  };

  if (a.formats.P) {
    for (const identity of pre2019Identities(a.periods))
      if (!identity.id.startsWith('part:') && present(identity)) push(identity);
    for (const period of a.periods) channelsCover(get, period, reportId, checks);
  }
  if (a.formats.T3 !== undefined) {
    const format = t3Format === 't2019' ? 't2019' : 't2021';
    for (const identity of t3Identities(format)) push(identity);
    const metrics = [
      ...new Set(
        facts
          .filter(
            (f) =>
              f.source === 'table' && f.applicant_type === 'total' && f.value_status !== 'derived',
          )
          .map((f) => f.metric_id),
      ),
    ];
    for (const metric of metrics) push(t3RowIdentity(metric));
    if (
      format === 't2021' &&
      table.get('res_other_total|total|year')?.value_status !== 'derived' &&
      table.has('res_other_total|total|year')
    ) {
      for (const c of T3_COLUMNS) push(t3OtherSum(c.applicant));
    }
    const negatives = facts.filter(
      (f) =>
        f.source === 'table' &&
        T3_COLUMNS.some((c) => c.applicant === f.applicant_type) &&
        f.value !== null &&
        f.value < 0 &&
        f.metric_id.match(/^(app_|res_)/),
    );
    const evaluated = facts.some(
      (f) => f.source === 'table' && f.metric_id.startsWith('res_') && f.value !== null,
    );
    checks.push({
      report_id: reportId,
      check_id: 'T3_nonneg',
      metric_id: '',
      applicant_type: 'all',
      period: 'year',
      lhs: evaluated ? negatives.length : null,
      rhs: evaluated ? 0 : null,
      delta: evaluated ? negatives.length : null,
      severity: 'hard',
      status: !evaluated ? 'skipped' : negatives.length ? 'fail' : 'pass',
      note: negatives.length
        ? `negative cells: ${negatives.map((f) => `${f.metric_id}[${f.applicant_type}]`).join(', ')}`
        : '',
    });
  }
  if (a.formats.T4) for (const identity of t4Identities()) push(identity);
  if (a.formats.T2 === 't2019')
    for (const identity of t2Identities()) if (present(identity)) push(identity);

  // Narrative figures against their table twins (soft).
  for (const f of facts.filter((x) => x.source === 'text')) {
    const twin = TEXT_TWINS[f.metric_id];
    if (f.metric_id === 'text_app_received' && a.formats.T3 !== undefined) {
      const table3 = get('app_new_received', 'total', 'year');
      const carried = get('app_carried_in', 'total', 'year');
      const both =
        table3 !== undefined &&
        table3 !== null &&
        carried !== undefined &&
        carried !== null &&
        f.value === table3 + carried &&
        carried !== 0;
      pushText(
        checks,
        reportId,
        'T3_text_received',
        f,
        table3,
        both ? `the text figure equals 本年新收 + 上年结转 (${table3} + ${carried})` : '',
      );
      continue;
    }
    if (!twin) continue;
    const ids = a.formats.P ? twin.pre : twin.post;
    if (!ids.length) continue;
    let sum: number | null | undefined = 0;
    for (const id of ids) {
      const v = get(id, 'all', 'year');
      if (v === undefined || v === null) sum = v;
      else if (sum !== undefined && sum !== null) sum += v;
    }
    if (sum === undefined) continue;
    pushText(checks, reportId, 'P_text_vs_table', f, sum, '');
  }
  return checks;
}

function pushText(
  checks: Check[],
  reportId: string,
  id: string,
  f: Fact,
  table: number | null | undefined,
  note: string,
): void {
  const value = table ?? null;
  checks.push({
    report_id: reportId,
    check_id: id,
    metric_id: f.metric_id,
    applicant_type: 'all' as ApplicantType,
    period: 'year',
    lhs: f.value,
    rhs: value,
    delta: value === null || f.value === null ? null : f.value - value,
    severity: 'soft',
    status: value === null || f.value === null ? 'skipped' : f.value === value ? 'pass' : 'fail',
    note: [
      value === null
        ? 'no table figure'
        : f.value === null
          ? `text '${f.value_raw}' unreadable`
          : `text '${f.value_raw}' vs table`,
      note,
    ]
      .filter(Boolean)
      .join('; '),
  });
}

/** P_channels_cover (soft): max(channel) ≤ total ≤ Σ channels. */
function channelsCover(get: Lookup, period: Period, reportId: string, checks: Check[]): void {
  const total = get('pro_info_total', 'all', period);
  const channels = [
    'pro_via_gazette',
    'pro_via_website',
    'pro_via_weibo',
    'pro_via_wechat',
    'pro_via_other',
  ]
    .map((m) => get(m, 'all', period))
    .filter((v) => v !== undefined);
  if (total === undefined || channels.length === 0) return;
  const values = channels.filter((v): v is number => v !== null);
  const ok = total !== null && values.length === channels.length;
  const max = ok ? Math.max(...values) : null;
  const sum = ok ? values.reduce((x, y) => x + y, 0) : null;
  const status = !ok ? 'skipped' : max! <= total! && total! <= sum! ? 'pass' : 'fail';
  checks.push({
    report_id: reportId,
    check_id: 'P_channels_cover',
    metric_id: '',
    applicant_type: 'all',
    period,
    lhs: total ?? null,
    rhs: sum,
    delta: ok ? total! - sum! : null,
    severity: 'soft',
    status,
    note: ok
      ? `largest channel ${max}, total ${total}, sum of channels ${sum} (expected largest ≤ total ≤ sum)`
      : 'no value for the total or a channel',
  });
}
