/**
 * Rows worded like no metric, on a real local 统计表: corpus/unlabelled/fujian-pingtan-ptx-czj-2011.txt
 * (平潭县财政局 2011, 指标名称/单位/数量, cells run together: `政府信息咨询数件0`). Its zeros are
 * changed by hand to numbers found nowhere else in the report, so where each number lands is
 * visible; every expected value below was read off the edited text.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/index.ts';
import { labelForm, similarity } from '../../../src/lib/extract/labels.ts';
import type { Fact } from '../../../src/lib/extract/types.ts';
import { corpusPath } from '../../corpus.ts';

const REPORT = readFileSync(corpusPath('unlabelled/fujian-pingtan-ptx-czj-2011.txt'), 'utf8');

function edited(...pairs: [string, string][]): string {
  let text = REPORT;
  for (const [from, to] of pairs) {
    expect(text, from).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

const valueOf = (facts: Fact[], metric: string) =>
  facts.find((f) => f.metric_id === metric && f.source === 'table')?.value;

describe('unmapped rows (real 统计表, numbers changed by hand)', () => {
  const text = edited(
    ['政府信息公开查询点受理查询数件0', '政府信息公开查询点受理查询数件23'],
    ['政府信息咨询数件0', '政府信息咨询数件17'],
  );
  const r = extractReport({ text, reportId: 'czj' });
  const unmapped = r.facts.filter((f) => f.value_status === 'unmapped');

  it('keeps each row with its label and printed number, under no metric and without a value', () => {
    const byLabel = new Map(unmapped.map((f) => [f.label_raw, f]));
    expect(byLabel.get('政府信息咨询数')).toMatchObject({
      metric_id: '',
      value: null,
      value_raw: '17',
      unit_raw: '件',
    });
    expect(byLabel.get('政府信息公开查询点受理查询数')?.value_raw).toBe('23');
    // Its nearest metric is named in the note, not given the number.
    expect(byLabel.get('政府信息公开查询点受理查询数')?.note).toContain('org_reading_points');
    expect(valueOf(r.facts, 'org_reading_points')).toBe(0);
    expect(r.facts.some((f) => f.value === 17 || f.value === 23)).toBe(false);
  });

  it('keeps rows apart by qualifier and counts them in the message', () => {
    // 在办件, 信息涉密件, 超出合理需要件, 第三方不同意件, 其他件, 查询点受理查询数, 咨询数, 其他件.
    expect(unmapped).toHaveLength(8);
    expect(new Set(unmapped.map((f) => f.qualifier)).size).toBe(8);
    expect(r.report.message).toContain('8 row(s) matching no metric kept unmapped');
  });

  it('negative twin: the same figure as a sentence in the prose is no table row', () => {
    const prose = edited(
      ['政府信息咨询数件0', ''],
      ['未收到有关政府信息公开的申请，', '未收到有关政府信息公开的申请，全年政府信息咨询数17件，'],
    );
    const twin = extractReport({ text: prose, reportId: 'prose' });
    expect(twin.facts.some((f) => f.value_status === 'unmapped' && f.value_raw === '17')).toBe(
      false,
    );
    expect(twin.facts.some((f) => f.source === 'table' && f.value === 17)).toBe(false);
  });
});

describe('label families (real 统计表, one label reworded by hand)', () => {
  // `主动公开信息条数` shares 6 of 8 characters with `主动公开信息数` (similarity 0.8, below the
  // bar): only their family form (`主动公开信息`) reads it.
  it('`主动公开信息条数` is read as the row printed `主动公开信息数`', () => {
    const text = edited(['主动公开信息数条20', '主动公开信息条数条20']);
    const r = extractReport({ text, reportId: 'family' });
    expect(valueOf(r.facts, 'pro_info_total')).toBe(20);
  });

  it('a mirror in traditional characters (`政府信息公開查詢點個數`)', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const text = toTraditional(edited(['政府信息公开查询点数件0', '政府信息公开查询点个数件4']));
    expect(text).toContain('政府信息公開查詢點個數');
    const r = extractReport({ text, reportId: 'traditional' });
    expect(valueOf(r.facts, 'org_reading_points')).toBe(4);
    expect(valueOf(r.facts, 'pro_info_total')).toBe(20);
  });

  it('negative twin: `不予公开信息数` inside the table is another row, kept unmapped, not 主动公开', () => {
    const text = edited(['政府信息公开查询点数件0', '不予公开信息数件4']);
    const r = extractReport({ text, reportId: 'other-family' });
    expect(valueOf(r.facts, 'org_reading_points')).toBeUndefined();
    expect(r.facts.filter((f) => f.value === 4)).toEqual([]);
    const row = r.facts.find((f) => f.label_raw === '不予公开信息数');
    expect(row?.value_status).toBe('unmapped');
    expect(row?.value_raw).toBe('4');
  });
});

describe('labelForm', () => {
  it.each([
    ['行政复议数量', '行政复议'],
    ['行政复议件', '行政复议'],
    ['其中行政复议数', '行政复议'],
    ['政府信息公开查询点个数', '政府信息公开查询点'],
    ['其他件', '其他'],
  ])('labelForm(%s) = %s', (core, form) => expect(labelForm(core)).toBe(form));

  it('a family needs a form of at least 4 characters', () => {
    expect(similarity('行政复议件', '行政复议数')).toBeGreaterThanOrEqual(0.9);
    expect(similarity('其他件', '其他数')).toBeLessThan(0.9);
  });
});
