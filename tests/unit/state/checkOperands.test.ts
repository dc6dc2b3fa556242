import { describe, expect, test } from 'vitest';
import { checkOperands, rollOperands } from '../../../src/lib/state/checkOperands.ts';

describe('checkOperands', () => {
  test.each([
    [
      'P_review_split',
      'all',
      null,
      ['review_total', 'review_upheld', 'review_corrected', 'review_other'],
    ],
    [
      'T4_rev',
      'all',
      null,
      ['rev_total', 'rev_upheld', 'rev_corrected', 'rev_other', 'rev_pending'],
    ],
    ['T3_cols_sum', 'total', 'res_total', ['res_total']],
    [
      'P_text_vs_table',
      'all',
      'text_litig_total',
      ['text_litig_total', 'litig_total', 'lit_direct_total', 'lit_after_rev_total'],
    ],
    [
      'T3_text_received',
      'all',
      'text_app_received',
      ['text_app_received', 'app_new_received.total', 'app_carried_in.total'],
    ],
    ['X_cumulative_roll', 'all', 'pro_info_total', ['pro_info_total']],
    ['T3_nonneg', 'all', null, []],
  ])('checkOperands(%s, %s, %s)', (id, applicant, metric, want) => {
    expect(checkOperands(id, applicant, metric)).toEqual(want);
  });

  test('checkOperands of a table 三 identity keeps the column of every cell', () => {
    const refs = checkOperands('T3_flow', 'natural_person', null);
    expect(refs).toEqual([
      'app_new_received.natural_person',
      'app_carried_in.natural_person',
      'res_total.natural_person',
      'app_carried_forward.natural_person',
    ]);
  });
});

describe('rollOperands', () => {
  test.each([
    [
      'X_carry_roll',
      'app_carried_in',
      'legal_other',
      ['app_carried_in.legal_other'],
      ['app_carried_forward.legal_other'],
    ],
    [
      'X_valid_roll',
      't2_ndoc_valid',
      'all',
      ['t2_ndoc_valid', 't2_ndoc_made', 't2_ndoc_repealed'],
      ['t2_ndoc_valid'],
    ],
    [
      'X_items_roll',
      't2_license_items_prev',
      'all',
      ['t2_license_items_prev'],
      ['t2_license_items_prev', 't2_license_items_change'],
    ],
    ['X_cumulative_roll', 'app_received', 'all', ['app_received'], ['app_received']],
  ])('rollOperands(%s, %s, %s)', (id, metric, applicant, here, previous) => {
    expect(rollOperands(id, metric, applicant)).toEqual({ here, previous });
  });
});
