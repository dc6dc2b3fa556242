import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/index.ts';
import { printedForm } from '../../../src/lib/extract/printedForm.ts';
import { normalizeText } from '../../../src/lib/extract/normalize.ts';

const report = (cells: string, prose = '') => `标题: 测试区人民政府2023年政府信息公开工作年度报告
==================== 正文 ====================
一、总体情况 ${prose}
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 0
行政规范性文件 ${cells}
五、存在的主要问题及改进情况 无。
`;

const fact = (text: string, metric: string) =>
  extractReport({ text, reportId: 'r' }).facts.find((f) => f.metric_id === metric);

describe('numbers a double cannot hold', () => {
  it('a 30-digit cell keeps value_raw, is unreadable and has no value', () => {
    const digits = '123456789012345678901234567890';
    const out = extractReport({ text: report(`7 1 ${digits}`), reportId: 'r' });
    const f = out.facts.find((x) => x.metric_id === 't2_ndoc_valid');
    expect(f).toMatchObject({ value: null, value_raw: digits, value_status: 'unreadable' });
    expect(out.facts.find((x) => x.metric_id === 't2_ndoc_made')).toMatchObject({ value: 7 });
    expect(out.report.status).toBe('partial');
    expect(out.report.message).toContain('more digits than a value holds');
    expect(out.facts.every((x) => x.value === null || Number.isSafeInteger(x.value))).toBe(true);
  });

  it('a 16-digit cell past 2^53 is unreadable; 9007199254740991 is read', () => {
    expect(fact(report('7 1 9007199254740993'), 't2_ndoc_valid')).toMatchObject({
      value: null,
      value_status: 'unreadable',
    });
    expect(fact(report('7 1 9007199254740991'), 't2_ndoc_valid')).toMatchObject({
      value: 9007199254740991,
      value_status: 'reported',
    });
  });

  it('a 30-digit narrative figure is unreadable, and its text-vs-table check skipped', () => {
    const text = report('7 1 40', '本年度共收到政府信息公开申请123456789012345678901234567890件。');
    const out = extractReport({ text, reportId: 'r' });
    const f = out.facts.find((x) => x.source === 'text' && x.metric_id === 'text_app_received');
    expect(f).toMatchObject({ value: null, value_status: 'unreadable' });
    expect(f!.value_raw).toBe('123456789012345678901234567890');
  });
});

describe('printed form of full-width digits', () => {
  it('full-width cells are read as numbers and keep the printed form in value_raw', () => {
    const f = fact(report('７ １ ４０'), 't2_ndoc_valid');
    expect(f).toMatchObject({ value: 40, value_raw: '４０', value_status: 'reported' });
  });

  it.each([
    ['１２', 0, 2, '12', '１２'],
    ['a<b>12</b>', 1, 3, '12', '12'],
    ['12', 0, 2, '12', '12'],
  ])('printedForm(%j, %d, %d) is %j', (raw, start, end, normalised, want) => {
    const norm = normalizeText(raw);
    const s = norm.text.indexOf(normalised);
    expect(start >= 0 && s >= 0).toBe(true);
    expect(printedForm(raw, norm.toRaw, s, s + normalised.length, normalised)).toBe(want);
  });
});
