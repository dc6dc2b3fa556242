/**
 * A sentence that quotes a table label is prose: its figure is never a table cell. Real reports
 * with one sentence added by hand (the number chosen so that it is printed nowhere else); each has
 * a twin where the same number is a table row, which must be read as one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/index.ts';
import { corpusPath } from '../../corpus.ts';

const read = (path: string) => readFileSync(corpusPath(path), 'utf8');

function tableFigures(text: string, raw: string) {
  return extractReport({ text, reportId: 'q' })
    .facts.filter((f) => f.source === 'table' && f.value_raw === raw)
    .map((f) => `${f.metric_id}=${f.value} (${f.value_status})`);
}

describe('table 二 (corpus/raw/fujian-pingtan-shiyanqu-2021.txt, t2021)', () => {
  const report = read('raw/fujian-pingtan-shiyanqu-2021.txt');

  it('`全年行政处罚417件，同比有所增加。` between the rows is no table figure', () => {
    const text = report.replace('行政许可2293', '行政许可2293全年行政处罚417件，同比有所增加。');
    expect(tableFigures(text, '417')).toEqual([]);
    // The printed row is still the one read.
    const facts = extractReport({ text, reportId: 'q' }).facts;
    expect(facts.find((f) => f.metric_id === 't2_penalty_decisions')?.value).toBe(1282);
  });

  it('twin: the row `行政处罚417` is read', () => {
    const text = report.replace('行政处罚1282', '行政处罚417');
    expect(tableFigures(text, '417')).toEqual(['t2_penalty_decisions=417 (reported)']);
  });
});

describe('the 统计表 (corpus/unlabelled/fujian-pingtan-ptx-czj-2011.txt, pre2019)', () => {
  const report = read('unlabelled/fujian-pingtan-ptx-czj-2011.txt');

  it('`通过政府网站公开政府信息数131条，…` inside the table is no table figure', () => {
    const text = report.replace(
      '主动公开信息数条20',
      '主动公开信息数条20通过政府网站公开政府信息数131条，占全部信息的大部分。',
    );
    expect(tableFigures(text, '131')).toEqual([]);
  });

  it('twin: the row `网站公开数 条 131` is read', () => {
    const text = report.replace('主动公开信息数条20', '主动公开信息数条20其中：网站公开数条131');
    expect(tableFigures(text, '131')).toEqual(['pro_via_website=131 (reported)']);
  });
});
