import { describe, expect, test } from 'vitest';
import { highlighter, parseRefs, refText, splitRef } from '../../../src/lib/state/highlight.ts';

describe('parseRefs', () => {
  test.each([
    [
      ['review_total', 'res_total.natural_person'],
      ['review_total', 'res_total.natural_person'],
    ],
    [
      ['a', 'a', 'b'],
      ['a', 'b'],
    ],
    [["x'; DROP TABLE facts; --", 'ok_1'], ['ok_1']],
    [['', '1abc', 'a.b.c', 'a..b', 'a b', 'a-b', '<script>'], []],
    [['x'.repeat(65)], []],
  ])('parseRefs(%j) -> %j', (input, want) => {
    expect(parseRefs(input)).toEqual(want);
  });

  test('parseRefs keeps at most 60 references', () => {
    const many = Array.from({ length: 80 }, (_, i) => `m${i}`);
    expect(parseRefs(many)).toHaveLength(60);
  });
});

describe('splitRef / refText', () => {
  test.each([
    ['review_total', { id: 'review_total', applicant: null }],
    ['T3_flow.natural_person', { id: 'T3_flow', applicant: 'natural_person' }],
    ['no good', null],
  ])('splitRef(%j)', (text, want) => {
    expect(splitRef(text)).toEqual(want);
  });

  test('refText(id, applicant) round-trips through splitRef', () => {
    expect(splitRef(refText('res_total', 'total'))).toEqual({
      id: 'res_total',
      applicant: 'total',
    });
    expect(refText('review_total', null)).toBe('review_total');
  });
});

describe('highlighter', () => {
  test('highlighter([], []) marks nothing', () => {
    const h = highlighter([], []);
    expect(h.any).toBe(false);
    expect(h.fact({ metric_id: 'review_total', applicant_type: 'all' })).toBe(false);
  });

  test('a metric without a column marks every column; with one, only that column', () => {
    const h = highlighter(['review_total', 'res_total.natural_person'], []);
    expect(h.fact({ metric_id: 'review_total', applicant_type: 'all' })).toBe(true);
    expect(h.fact({ metric_id: 'res_total', applicant_type: 'natural_person' })).toBe(true);
    expect(h.fact({ metric_id: 'res_total', applicant_type: 'total' })).toBe(false);
    expect(h.fact({ metric_id: 'review_upheld', applicant_type: 'all' })).toBe(false);
  });

  test('a check about one metric is marked only when that metric is highlighted', () => {
    const h = highlighter(['text_litig_total', 'litig_total'], ['P_text_vs_table']);
    const row = (metric_id: string) => ({
      check_id: 'P_text_vs_table',
      applicant_type: 'all',
      metric_id,
    });
    expect(h.check(row('text_litig_total'))).toBe(true);
    expect(h.check(row('text_app_received'))).toBe(false);
  });

  test('a check without a metric is marked by its id (and column when given)', () => {
    const h = highlighter([], ['P_review_split', 'T3_flow.natural_person']);
    expect(h.check({ check_id: 'P_review_split', applicant_type: 'all', metric_id: null })).toBe(
      true,
    );
    expect(h.check({ check_id: 'T3_flow', applicant_type: 'natural_person', metric_id: '' })).toBe(
      true,
    );
    expect(h.check({ check_id: 'T3_flow', applicant_type: 'total', metric_id: '' })).toBe(false);
  });
});
