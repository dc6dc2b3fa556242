/**
 * Copies that start inside a table, cut by hand from real reports (as a flip-book page or a PDF
 * page would cut them). Expected values were read off the report texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/index.ts';
import { tableAtStart } from '../../../src/lib/extract/tableAtStart.ts';
import { corpusPath } from '../../corpus.ts';

const read = (path: string) => readFileSync(corpusPath(path), 'utf8');
const from = (text: string, start: string) => text.slice(text.indexOf(start));

describe('table 三 from its middle (corpus/raw/fujian-pingtan-shiyanqu-2021.txt)', () => {
  const report = read('raw/fujian-pingtan-shiyanqu-2021.txt');
  const fragment = from(report, '（三）不予公开1.属于国家秘密');
  const r = extractReport({ text: fragment, reportId: 'fragment' });
  const total = (metric: string) =>
    r.facts.find((f) => f.metric_id === metric && f.applicant_type === 'total');

  it('reads the rows it has, with the template their own labels give', () => {
    expect(tableAtStart(fragment)).toBe('T3');
    // （三）6. 属于四类过程性信息 … 7. 属于行政执法案卷 6000006; （七）总计 630020469.
    expect(total('res_den_enforcement_file')?.value).toBe(6);
    expect(total('res_total')?.value).toBe(69);
    expect(total('app_carried_forward')?.value).toBe(1);
    // （六）其他处理 has three rows: the 2021 template.
    expect(r.report.format_version).toBe('t2021');
    // Table 四 after it is read too (行政复议 总计 3).
    expect(r.facts.find((f) => f.metric_id === 'rev_total')?.value).toBe(3);
  });

  it('marks the cut at the start and invents none of the rows before', () => {
    for (const metric of ['app_new_received', 'app_carried_in', 'res_granted', 'res_partial']) {
      expect(total(metric)).toMatchObject({ value: null, value_status: 'truncated' });
      expect(total(metric)?.note).toBe('the text starts after this row');
    }
    expect(r.report.text_truncated).toBe(true);
    expect(r.report.status).toBe('partial');
    expect(r.report.tables_found).toBe('T3_partial,T4');
    expect(r.report.message).toContain('the text starts inside table 三');
    // The 2021 sums need 予以公开 and 部分公开: not derived from the rows that are there.
    expect(total('res_granted')?.value).toBeNull();
  });

  it('negative twin: prose quoting the rows of table 三 is no table', () => {
    const prose =
      '依申请公开方面，其中予以公开27件，部分公开5件，本机关不掌握相关政府信息22件，属于国家秘密0件，结转下年度继续办理1件。' +
      from(report, '五、存在的主要问题');
    expect(tableAtStart(prose)).toBeNull();
    const twin = extractReport({ text: prose, reportId: 'prose' });
    expect(twin.report.tables_found).toBe('');
    expect(twin.report.text_truncated).toBe(false);
    expect(twin.facts.filter((f) => f.source === 'table')).toEqual([]);
  });

  it('negative twin: the whole report is not a fragment', () => {
    expect(tableAtStart(report)).toBeNull();
    expect(extractReport({ text: report, reportId: 'whole' }).report.text_truncated).toBe(false);
  });
});

describe('the 统计表 from its middle (corpus/unlabelled/fujian-pingtan-ptx-czj-2011.txt)', () => {
  const report = read('unlabelled/fujian-pingtan-ptx-czj-2011.txt');
  const fragment = from(report, '正式受理政府信息公开申请数件0');
  const r = extractReport({ text: fragment, reportId: 'fragment' });

  it('reads its rows, marks the cut, and has no row before (主动公开信息数 is cut off)', () => {
    expect(tableAtStart(fragment)).toBe('P');
    const value = (metric: string) => r.facts.find((f) => f.metric_id === metric)?.value;
    expect(value('app_received')).toBe(0);
    expect(value('review_total')).toBe(0);
    expect(r.facts.some((f) => f.metric_id === 'pro_info_total')).toBe(false);
    expect(r.report.format_version).toBe('pre2019');
    expect(r.report.text_truncated).toBe(true);
    expect(r.report.message).toContain('the text starts inside the 统计表');
  });

  it('negative twin: the report from its start reads the table whole, not as a fragment', () => {
    const whole = extractReport({ text: report, reportId: 'whole' });
    expect(whole.report.text_truncated).toBe(false);
    expect(whole.facts.find((f) => f.metric_id === 'pro_info_total')?.value).toBe(20);
  });
});
