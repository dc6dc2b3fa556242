import { describe, expect, test } from 'vitest';
import type { ReportFactRow } from '../../../src/lib/sql/reportQuery.ts';
import { checkFormula } from '../../../src/lib/state/checkFormula.ts';
import { highlighter } from '../../../src/lib/state/highlight.ts';
import { printedCell, reportFinding } from '../../../src/lib/state/reportFinding.ts';
import { reportFactRow } from './reportFactRow.ts';

// Names as the catalogue's first printed label (metricLabel), written out by hand.
const NAMES: Record<string, string> = {
  review_total: '行政复议数量',
  review_upheld: '维持具体行政行为数',
  review_corrected: '被依法纠错数',
  review_other: '其他情形数',
  app_carried_in: '上年结转',
  app_carried_forward: '结转下年度',
  t2_reg_valid: '现行有效件数',
  t2_reg_made: '本年制发件数',
  t2_reg_repealed: '本年废止件数',
};
const label = (id: string) => NAMES[id] ?? id;

function fact(metric_id: string, value: number | null, more: Partial<ReportFactRow> = {}) {
  return reportFactRow({
    metric_id,
    value,
    value_raw: value == null ? null : String(value),
    value_status: value == null ? 'missing' : 'reported',
    unit: '件',
    unit_raw: '件',
    ...more,
  });
}

// 二道区 2017 (corpus/raw/jilin-changchun-erdao-2017.txt), read by hand: 四、行政复议数量 22,
// 一)维持具体行政行为数 15, 二)被依法纠错数 0, 三)其他情形数 6; checks.csv: lhs 22, rhs 21, fail.
const ERDAO = [
  fact('review_total', 22),
  fact('review_upheld', 15),
  fact('review_corrected', 0),
  fact('review_other', 6),
  fact('review_total', 40, { period: 'cumulative' }),
];
const REVIEW = {
  check_id: 'P_review_split',
  applicant_type: 'all',
  metric_id: null,
  period: 'year',
  lhs: 22,
  rhs: 21,
  status: 'fail',
};

describe('checkFormula', () => {
  test('checkFormula(P_review_split) of 二道区 2017 writes the failed sum with its figures', () => {
    const f = checkFormula(REVIEW, ERDAO, label, 'zh')!;
    expect(f.text).toBe(
      '行政复议数量 22 ≠ 维持具体行政行为数 15 + 被依法纠错数 0 + 其他情形数 6 = 21',
    );
    expect(f.words).toBe('行政复议数量 = 维持 + 纠错 + 其他情形');
    expect(f.lhs.map((t) => t.fact?.value)).toEqual([22]);
    expect(f.rhs.map((t) => t.fact?.value)).toEqual([15, 0, 6]);
  });

  test('checkFormula in English uses the English words and relation', () => {
    const f = checkFormula({ ...REVIEW, status: 'pass', rhs: 22 }, ERDAO, label, 'en')!;
    expect(f.words).toBe('reviews = upheld + corrected + other');
    expect(f.relation).toBe('=');
    expect(f.text.endsWith('= 22')).toBe(true);
  });

  test('checkFormula shows a figure the report does not print as ?, never 0', () => {
    const f = checkFormula(REVIEW, ERDAO.slice(0, 3), label, 'zh')!;
    expect(f.text).toBe(
      '行政复议数量 22 ≠ 维持具体行政行为数 15 + 被依法纠错数 0 + 其他情形数 ? = 21',
    );
    expect(f.rhs[2]!.fact).toBeNull();
  });

  test('checkFormula of a roll-over: the words of the check registry, the numbers from its sides', () => {
    const f = checkFormula(
      {
        check_id: 'X_carry_roll',
        applicant_type: 'natural_person',
        metric_id: 'app_carried_in',
        period: 'year',
        lhs: 3,
        rhs: 5,
        status: 'fail',
      },
      [fact('app_carried_in', 3, { applicant_type: 'natural_person' })],
      label,
      'zh',
    )!;
    expect(f.words).toBe('上年结转 = 上一年报告的结转下年度');
    expect(f.text).toBe('上年结转（自然人） 3 ≠ 上年报告 结转下年度（自然人） = 5');
  });

  test('checkFormula of a roll-over with a subtracted term writes the minus sign', () => {
    const f = checkFormula(
      {
        check_id: 'X_valid_roll',
        applicant_type: 'all',
        metric_id: 't2_reg_valid',
        period: 'year',
        lhs: 10,
        rhs: 9,
        status: 'fail',
      },
      [fact('t2_reg_valid', 10), fact('t2_reg_made', 2), fact('t2_reg_repealed', 1)],
      label,
      'zh',
    )!;
    expect(f.text).toBe(
      '现行有效件数 10 ≠ 上年报告 现行有效件数 + 本年制发件数 2 − 本年废止件数 1 = 9',
    );
  });

  test('checkFormula of an unknown check is null', () => {
    expect(checkFormula({ ...REVIEW, check_id: 'Z_unknown' }, ERDAO, label, 'zh')).toBeNull();
  });
});

describe('reportFinding', () => {
  test('reportFinding(二道区 2017, hlc=P_review_split) lists the four figures of the formula', () => {
    const hl = highlighter(
      ['review_total', 'review_upheld', 'review_corrected', 'review_other'],
      ['P_review_split'],
    );
    const checks = [
      { report_id: 'r', severity: 'hard', note: null, delta: 1, ...REVIEW },
      {
        report_id: 'r',
        check_id: 'P_litig_split',
        applicant_type: 'all',
        metric_id: null,
        period: 'year',
        lhs: 0,
        rhs: 0,
        delta: 0,
        severity: 'hard',
        status: 'pass',
        note: null,
      },
    ];
    const f = reportFinding(ERDAO, checks, hl, label, 'zh');
    expect(f.formulas.map((x) => x.checkId)).toEqual(['P_review_split']);
    expect(f.figures.map((x) => `${x.metric_id} ${x.period} ${x.value}`)).toEqual([
      'review_total year 22',
      'review_upheld year 15',
      'review_corrected year 0',
      'review_other year 6',
      'review_total cumulative 40',
    ]);
  });
});

describe('printedCell', () => {
  test('printedCell(a table cell) is its own label, column and value, not its line', () => {
    // facts.csv context of this cell is `0 四、行政复议数量 件 22`: the 0 is the row above.
    const cell = {
      source: 'table',
      label_raw: '四、行政复议数量',
      col_label_raw: '统计数',
      value_raw: '22',
      unit_raw: '件',
      context: '0 四、行政复议数量 件 22',
    };
    expect(printedCell(cell)).toBe('四、行政复议数量 │ 统计数 │ 22 件');
  });

  test('printedCell(a figure from the prose) is its sentence', () => {
    const text = {
      source: 'text',
      label_raw: null,
      col_label_raw: null,
      value_raw: '2',
      unit_raw: '名',
      context: '配备专职人员2名',
    };
    expect(printedCell(text)).toBe('配备专职人员2名');
  });
});

test('checkFormula(P_text_vs_table) names the table twin this report prints', () => {
  // 二道区 2017: the text says 0 lawsuits, the pre-2019 table 3 (checks.csv: lhs 0, rhs 3).
  const f = checkFormula(
    {
      check_id: 'P_text_vs_table',
      applicant_type: 'all',
      metric_id: 'text_litig_total',
      period: 'year',
      lhs: 0,
      rhs: 3,
      status: 'fail',
    },
    [fact('text_litig_total', 0, { source: 'text' }), fact('litig_total', 3)],
    (id) => ({ text_litig_total: '正文：行政诉讼', litig_total: '行政诉讼数量' })[id] ?? id,
    'zh',
  )!;
  expect(f.text).toBe('正文：行政诉讼 0 ≠ 行政诉讼数量 3');
});
