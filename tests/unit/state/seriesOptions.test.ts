import { expect, test } from 'vitest';
import { groupOptions } from '../../../src/lib/state/seriesOptions.ts';

const cat = {
  concepts: [
    {
      concept_id: 'c_app_received',
      topic: 'applications',
      label_zh: '收到申请数',
      label_en: 'Applications received',
      unit: '件',
      relation: 'approx',
      n_values: 1,
    },
    {
      concept_id: 'c_den_state_secret',
      topic: 'refusals',
      label_zh: '不予公开：国家秘密',
      label_en: 'Refused: state secret',
      unit: '件',
      relation: 'same',
      n_values: 1,
    },
  ],
  metrics: [
    {
      metric_id: 'pro_via_website',
      table: 'P1 主动公开情况',
      labels: '2.政府网站公开政府信息数',
      unit: '条',
      formats: 'pre2019',
      n_values: 1,
      label: '政府网站公开政府信息数',
    },
    {
      metric_id: 'app_received',
      table: 'P3 依申请公开情况',
      labels: '（一）收到申请数',
      unit: '件',
      formats: 'pre2019',
      n_values: 1,
      label: '收到申请数',
    },
  ],
};
const group = (t: string) => t.replace(/^\w+\s+/, '');

test('groupOptions groups concepts by topic, then metrics by table', () => {
  const groups = groupOptions(cat, 'zh', '', '', '概念', group);
  expect(groups.map((g) => g.label)).toEqual([
    '概念 · 申请',
    '概念 · 不予公开理由',
    '主动公开情况',
    '依申请公开情况',
  ]);
});

test("groupOptions(search '网站') keeps matches and the current value", () => {
  const groups = groupOptions(cat, 'zh', '网站', 'c:c_den_state_secret', '概念', group);
  expect(groups.flatMap((g) => g.options.map((o) => o.value))).toEqual([
    'c:c_den_state_secret',
    'm:pro_via_website',
  ]);
});

test('groupOptions searches English labels and ids too', () => {
  const groups = groupOptions(cat, 'en', 'app_received', '', 'Concepts', group);
  expect(groups.flatMap((g) => g.options.map((o) => o.value))).toEqual([
    'c:c_app_received',
    'm:app_received',
  ]);
});

test('groupOptions with a rates label lists the rates first; a search finds 不予公开率', () => {
  const groups = groupOptions(cat, 'zh', '', '', '概念', group, '比率');
  expect(groups[0]!.label).toBe('比率');
  expect(groups[0]!.options.map((o) => o.value)).toContain('r:refusal');
  const found = groupOptions(cat, 'zh', '不予公开率', '', '概念', group, '比率');
  expect(found).toEqual([
    { label: '比率', options: [{ value: 'r:refusal', label: '不予公开率' }] },
  ]);
});
