import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { METRIC_EN, TABLE_EN, metricName, tableName } from '../../../src/lib/i18n/metricNames.ts';
import { UNIT_EN, conceptUnit, metricUnit } from '../../../src/lib/i18n/units.ts';
import { RATES, rateUnit } from '../../../src/lib/rates/rates.ts';
import { CONCEPTS } from '../../../src/lib/sql/crosswalk.ts';
import { CHECKS } from '../../../src/lib/extract/checks/registry.ts';

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

const catalogue = readFileSync(
  new URL('../../../corpus/schema/metrics.tsv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [metric_id, table, labels, , unit] = line.split('\t');
    return { metric_id: metric_id!, table: table!, labels: labels!, unit: unit! };
  });

test('the catalogue has its ~160 metrics', () => {
  expect(catalogue.length).toBeGreaterThanOrEqual(160);
});

test.each(catalogue)('metric $metric_id has an English name without CJK', (m) => {
  const name = metricName(m.metric_id, m.labels, 'en');
  expect(METRIC_EN[m.metric_id]).toBeTruthy();
  expect(name).not.toMatch(CJK);
  expect(metricUnit(m.metric_id, m.unit, 'en')).not.toMatch(CJK);
  expect(metricUnit(m.metric_id, m.unit, 'en', true)).not.toMatch(CJK);
  expect(tableName(m.table, 'en')).toBe(TABLE_EN[m.table]);
  expect(tableName(m.table, 'en')).not.toMatch(CJK);
});

test('no English name is left for a metric the catalogue does not have', () => {
  const ids = new Set(catalogue.map((m) => m.metric_id));
  expect(Object.keys(METRIC_EN).filter((id) => !ids.has(id))).toEqual([]);
});

test('every unit of the catalogue has an English name', () => {
  for (const { unit } of catalogue) expect(UNIT_EN[unit], unit).toBeTruthy();
  for (const name of Object.values(UNIT_EN)) expect(name).not.toMatch(CJK);
});

test('metricName keeps the catalogue label in Chinese', () => {
  expect(metricName('review_total', '四、行政复议数量；行政复议数', 'zh')).toBe('行政复议数量');
  expect(metricName('review_total', '四、行政复议数量；行政复议数', 'en')).toBe(
    'Administrative reconsiderations',
  );
  expect(metricName('no_such_metric', null, 'en')).toBe('no_such_metric');
});

test.each([
  ['app_received', '件', 'requests', '件'],
  ['review_total', '件', 'cases', '件'],
  ['t2_reg_made', '件', 'documents', '件'],
  ['t2_penalty_decisions', '件', 'decisions', '件'],
  ['pro_info_total', '条', 'items', '条'],
  ['staff_total', '人', 'persons', '人'],
  ['budget_special', '万元', '10k yuan', '万元'],
  ['app_received', '件 (older local: 条)', 'requests', '件'],
])('metricUnit(%s, %s) is %s / %s', (id, unit, en, zh) => {
  expect(metricUnit(id, unit, 'en')).toBe(en);
  expect(metricUnit(id, unit, 'zh')).toBe(zh);
});

test('metricUnit keeps the note in the data dictionary', () => {
  expect(metricUnit('app_received', '件 (older local: 条)', 'zh', true)).toBe(
    '件 (older local: 条)',
  );
  expect(metricUnit('app_received', '件 (older local: 条)', 'en', true)).toBe(
    'requests (older local tables: items)',
  );
});

test('every concept, rate and check has English words without CJK', () => {
  for (const c of CONCEPTS) {
    expect(c.en, c.id).not.toMatch(CJK);
    expect(conceptUnit(c, 'en'), c.id).not.toMatch(CJK);
  }
  for (const [id, r] of Object.entries(RATES)) {
    expect(r.en, id).not.toMatch(CJK);
    expect(rateUnit(r, 'en'), id).not.toMatch(CJK);
  }
  for (const [id, c] of Object.entries(CHECKS)) expect(c.words.en, id).not.toMatch(CJK);
});
