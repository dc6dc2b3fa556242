import { expect, test } from 'vitest';
import { metricLabel, tableGroupLabel } from '../../../src/lib/state/metricLabel.ts';

test.each([
  ['2.政府网站公开政府信息数；政府网站 (2009 local)', '政府网站公开政府信息数'],
  [
    '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）；主动公开信息数',
    '主动公开政府信息数',
  ],
  ['其中：涉及国家秘密', '涉及国家秘密'],
  ['四、行政复议数量；行政复议数', '行政复议数量'],
  ['规章 × 本年新制作数量 (header may flatten to “本年新”)', '规章 × 本年新制作数量'],
  ['一)维持具体行政行为数', '维持具体行政行为数'],
  ['（三）不予公开 1.属于国家秘密', '不予公开 1.属于国家秘密'],
  ['', ''],
])('metricLabel(%j) is %j', (labels, want) => {
  expect(metricLabel(labels)).toBe(want);
});

test('metricLabel falls back when nothing is left', () => {
  expect(metricLabel(null, 'x_id')).toBe('x_id');
});

test("tableGroupLabel('P1 主动公开情况') is 主动公开情况", () => {
  expect(tableGroupLabel('P1 主动公开情况')).toBe('主动公开情况');
  expect(tableGroupLabel('X 正文 (text-only)')).toBe('正文 (text-only)');
});
