import { describe, expect, it } from 'vitest';
import type { Injected } from '../../../src/lib/synth/anomalies.ts';
import { score, type Finding } from '../../../src/lib/synth/score.ts';

const injected = (type: Injected['type'], report_id: string, extra: Partial<Injected> = {}) =>
  ({
    type,
    report_id,
    other_report_id: '',
    body_key: '甲区',
    issuing_body: '甲区人民政府',
    year: 2020,
    metric_id: '',
    applicant_type: '',
    detail: '',
    ...extra,
  }) satisfies Injected;

const finding = (type: string, report_id: string, extra: Partial<Finding> = {}): Finding => ({
  type,
  report_id,
  other_report_id: null,
  body_key: '甲区',
  report_year: 2020,
  ...extra,
});

describe('score', () => {
  it('counts an injected anomaly found by its detector type, and one missed', () => {
    const s = score(
      [injected('identity', 'a'), injected('jump', 'b')],
      [finding('identity', 'a'), finding('identity', 'b')],
    );
    expect(s.recall).toEqual({
      identity: { injected: 1, found: 1 },
      jump: { injected: 1, found: 0 },
    });
    expect(s.missed.map((a) => a.report_id)).toEqual(['b']);
  });

  it('a copy is found only with the report it copies', () => {
    const copy = injected('copy', 'b', { other_report_id: 'a' });
    expect(
      score([copy], [finding('copy_text', 'b', { other_report_id: 'x' })]).missed,
    ).toHaveLength(1);
    expect(
      score([copy], [finding('copy_table', 'b', { other_report_id: 'a' })]).missed,
    ).toHaveLength(0);
  });

  it('a missing year is found by a gap of its body and year', () => {
    const gap = injected('missing_year', '', { year: 2016 });
    expect(score([gap], [finding('gap', '', { report_year: 2016 })]).missed).toEqual([]);
    expect(score([gap], [finding('gap', '', { report_year: 2017 })]).missed).toHaveLength(1);
  });

  it('a finding on or against an anomalous report is a side effect; elsewhere a false positive', () => {
    const s = score(
      [injected('jump', 'b')],
      [
        finding('jump', 'b'),
        finding('jump', 'c', { other_report_id: 'b' }),
        finding('continuity', 'b'),
        finding('continuity', 'd'),
        finding('gap', '', { report_year: 2011 }),
      ],
    );
    expect(s.findings).toEqual({
      jump: { matched: 1, sideEffects: 1, falsePositives: 0 },
      continuity: { matched: 0, sideEffects: 1, falsePositives: 1 },
      gap: { matched: 0, sideEffects: 0, falsePositives: 1 },
    });
    expect(s.falsePositives.map((f) => f.type)).toEqual(['continuity', 'gap']);
  });
});
