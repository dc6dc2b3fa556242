/** A narrative figure (`source=text`) against the table figure it restates (soft checks). */
import type { Lookup } from '../identities.ts';
import type { Fact } from '../types.ts';
import type { Outcome } from './checkRow.ts';
import type { CheckIdOf } from './registry.ts';

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

export interface TextContext {
  get: Lookup;
  /** Whether the report prints the pre-2019 table (its twins) or tables 二–四. */
  pre2019: boolean;
}

/** The check that compares `fact`: 收到申请 against table 三 when there is one, else its twin. */
export function textCheckOf(fact: Fact, hasT3: boolean): CheckIdOf<'text'> {
  return fact.metric_id === 'text_app_received' && hasT3 ? 'T3_text_received' : 'P_text_vs_table';
}

export const TEXT_RULES: Record<
  CheckIdOf<'text'>,
  (fact: Fact, r: TextContext) => Outcome | null
> = {
  P_text_vs_table: (f, r) => {
    const twin = TEXT_TWINS[f.metric_id];
    const ids = twin ? (r.pre2019 ? twin.pre : twin.post) : [];
    if (!ids.length) return null;
    let sum: number | null | undefined = 0;
    for (const id of ids) {
      const v = r.get(id, 'all', 'year');
      if (v === undefined || v === null) sum = v;
      else if (sum !== undefined && sum !== null) sum += v;
    }
    if (sum === undefined) return null;
    return compared(f, sum, '');
  },
  /** 共收到申请 N 件 may count 本年新收 alone or with 上年结转: either reading is said. */
  T3_text_received: (f, r) => {
    const table3 = r.get('app_new_received', 'total', 'year');
    const carried = r.get('app_carried_in', 'total', 'year');
    const both =
      table3 !== undefined &&
      table3 !== null &&
      carried !== undefined &&
      carried !== null &&
      f.value === table3 + carried &&
      carried !== 0;
    return compared(
      f,
      table3,
      both ? `the text figure equals 本年新收 + 上年结转 (${table3} + ${carried})` : '',
    );
  },
};

function compared(f: Fact, table: number | null | undefined, note: string): Outcome {
  const value = table ?? null;
  return {
    metric: f.metric_id,
    applicant: 'all',
    period: 'year',
    lhs: f.value,
    rhs: value,
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
  };
}
