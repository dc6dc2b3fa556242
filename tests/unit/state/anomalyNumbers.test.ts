import { describe, expect, test } from 'vitest';
import { anomalyNumbers } from '../../../src/lib/state/anomalyNumbers.ts';
import { anomaly } from './anomalyRow.ts';

describe('anomalyNumbers', () => {
  test.each([
    [{ type: 'identity', value_a: 22, value_b: 21 }, 'zh', '左边 22 · 右边 21 · 差 1'],
    [{ type: 'identity', value_a: 0, value_b: 11 }, 'en', 'left 0 · right 11 · difference −11'],
    [{ type: 'text_vs_table', value_a: 75, value_b: 74 }, 'zh', '正文 75 · 统计表 74'],
    [{ type: 'continuity', value_a: 4359, value_b: 2255 }, 'zh', '报告所列 4359 · 应为 2255'],
    [{ type: 'jump', value_a: 95, value_b: 21, report_year: 2024 }, 'zh', '2023: 21 → 2024: 95'],
    [{ type: 'copy_table', value_a: 6, value_b: 34 }, 'en', 'non-zero 6 · figures 34'],
    [{ type: 'copy_text', value_a: 0.91, value_b: null }, 'en', 'similarity 0.91'],
    [{ type: 'gap', value_a: null, value_b: null }, 'zh', ''],
  ] as const)('anomalyNumbers(%o, %s) = %j', (extra, lang, want) => {
    expect(anomalyNumbers(anomaly(extra), lang)).toBe(want);
  });
});
