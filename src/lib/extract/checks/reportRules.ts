/** Checks over the facts of one report that are not a sum of cells (METRICS.md §8.1, §8.2). */
import { T3_COLUMNS } from '../grammar/t3.ts';
import type { Lookup } from '../identities.ts';
import type { Fact, Period } from '../types.ts';
import type { Outcome } from './checkRow.ts';
import type { CheckIdOf } from './registry.ts';

export interface ReportFacts {
  facts: readonly Fact[];
  /** A table figure; `undefined` = row absent, `null` = printed without a value. */
  get: Lookup;
  periods: readonly Period[];
}

/** The 主动公开 channels of the pre-2019 table, each at most the de-duplicated total. */
export const CHANNELS = [
  'pro_via_gazette',
  'pro_via_website',
  'pro_via_weibo',
  'pro_via_wechat',
  'pro_via_other',
] as const;

export const REPORT_RULES: Record<CheckIdOf<'report'>, (r: ReportFacts) => Outcome[]> = {
  /** max(channel) ≤ total ≤ Σ channels: the total counts a document published twice once. */
  P_channels_cover: (r) => r.periods.flatMap((period) => channelsCover(r.get, period)),

  /** No cell of table 三 is negative (the applicant columns of its 申请 and 结果 rows). */
  T3_nonneg: (r) => {
    const negatives = r.facts.filter(
      (f) =>
        f.source === 'table' &&
        T3_COLUMNS.some((c) => c.applicant === f.applicant_type) &&
        f.value !== null &&
        f.value < 0 &&
        /^(app_|res_)/.test(f.metric_id),
    );
    const evaluated = r.facts.some(
      (f) => f.source === 'table' && f.metric_id.startsWith('res_') && f.value !== null,
    );
    return [
      {
        metric: '',
        applicant: 'all',
        period: 'year',
        lhs: evaluated ? negatives.length : null,
        rhs: evaluated ? 0 : null,
        status: !evaluated ? 'skipped' : negatives.length ? 'fail' : 'pass',
        note: negatives.length
          ? `negative cells: ${negatives.map((f) => `${f.metric_id}[${f.applicant_type}]`).join(', ')}`
          : '',
      },
    ];
  },
};

function channelsCover(get: Lookup, period: Period): Outcome[] {
  const total = get('pro_info_total', 'all', period);
  const channels = CHANNELS.map((m) => get(m, 'all', period)).filter((v) => v !== undefined);
  if (total === undefined || channels.length === 0) return [];
  const values = channels.filter((v): v is number => v !== null);
  const ok = total !== null && values.length === channels.length;
  const max = ok ? Math.max(...values) : null;
  const sum = ok ? values.reduce((x, y) => x + y, 0) : null;
  return [
    {
      metric: '',
      applicant: 'all',
      period,
      lhs: total ?? null,
      rhs: sum,
      status: !ok ? 'skipped' : max! <= total! && total! <= sum! ? 'pass' : 'fail',
      note: ok
        ? `largest channel ${max}, total ${total}, sum of channels ${sum} (expected largest ≤ total ≤ sum)`
        : 'no value for the total or a channel',
    },
  ];
}
