import { describe, expect, test } from 'vitest';
import { DEFAULT_ANOMALY_PARAMS } from '../../../src/lib/sql/anomalies.ts';
import {
  THRESHOLDS,
  isDefaultThresholds,
  parseThresholds,
  thresholdValue,
  writeThresholds,
} from '../../../src/lib/state/anomalyThresholds.ts';

const spec = (param: string) => THRESHOLDS.find((s) => s.param === param)!;

describe('thresholdValue', () => {
  test.each([
    ['jf', '4', 4],
    ['jf', '1.5', 1.5],
    ['jf', '1', null],
    ['jf', 'abc', null],
    ['jf', '', null],
    ['jf', 'Infinity', null],
    ['jmin', '0', 0],
    ['jmin', '-1', null],
    ['sim', '0.95', 0.95],
    ['sim', '1.2', null],
    ['sim', '0.3', null],
    ['vmin', '5', 5],
    ['vmin', '2.5', null],
  ])('thresholdValue(%s, %j) = %j', (param, text, want) => {
    expect(thresholdValue(spec(param), text)).toBe(want);
  });
});

describe('parseThresholds / writeThresholds', () => {
  test('parseThresholds of nothing is the defaults', () => {
    expect(parseThresholds(new URLSearchParams(''))).toEqual(DEFAULT_ANOMALY_PARAMS);
  });

  test('each bad value falls back to its own default, the others are kept', () => {
    expect(parseThresholds(new URLSearchParams('jf=5&jmin=x&sim=0.8&vmin=-3'))).toEqual({
      ...DEFAULT_ANOMALY_PARAMS,
      jumpFactor: 5,
      similarityMin: 0.8,
    });
  });

  test('writeThresholds writes only what differs from the defaults', () => {
    const q = new URLSearchParams();
    writeThresholds(q, { ...DEFAULT_ANOMALY_PARAMS, jumpMin: 20 });
    expect(q.toString()).toBe('jmin=20');
    expect(isDefaultThresholds(DEFAULT_ANOMALY_PARAMS)).toBe(true);
    expect(isDefaultThresholds({ ...DEFAULT_ANOMALY_PARAMS, vectorMinNonZero: 4 })).toBe(false);
  });
});
