import { describe, expect, it } from 'vitest';
import { extractBatch } from '../../../src/lib/pipeline/extractBatch.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A county's pre-2019 report whose 统计表 prints `table` (year and 历年累计 columns). */
const report = (
  year: number,
  table: string,
) => `标题: 示例县人民政府${year}年政府信息公开工作年度报告
发布时间: ${year + 1}-03-25 00:00
==================== 正文 ====================
示例县人民政府${year}年政府信息公开工作年度报告 本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日。三、政府信息依申请公开工作情况 ${year}年全县共受理政府信息公开申请5件。 附件1:示例县人民政府${year}年政府信息公开情况统计表 指标名称计量单位${year}年度历年累计${table}附件下载
`;

// 2011 prints its columns apart; 2012 runs them together, and its prose does not restate the total.
const y2011 =
  '主动公开信息数 条 100 1130 其中:1.网站公开 条 90 1033 2.政府公报公开 条 10 97 受理依申请公开信息总数 条 4 4';
const y2012 =
  '主动公开信息数条3201450其中:1.网站公开条31713502.政府公报公开条3100受理依申请公开信息总数条59';

const total = (facts: Awaited<ReturnType<typeof extractBatch>>['facts'], id: string) =>
  facts.filter((f) => f.report_id === id && f.metric_id === 'pro_info_total');

describe('the cross-report step of a batch', () => {
  it('extractBatch(2012 alone) leaves the run-together total open', async () => {
    const out = await extractBatch([{ name: 'sl-2012.txt', bytes: utf8(report(2012, y2012)) }]);
    expect(total(out.facts, 'sl-2012').map((f) => f.value_status)).toEqual([
      'ambiguous',
      'ambiguous',
    ]);
  });

  it('extractBatch(2011 and 2012) reads the 2012 total that continues the 历年累计 chain', async () => {
    const out = await extractBatch([
      { name: 'sl-2012.txt', bytes: utf8(report(2012, y2012)) },
      { name: 'sl-2011.txt', bytes: utf8(report(2011, y2011)) },
    ]);
    const facts = total(out.facts, 'sl-2012');
    expect(facts.map((f) => [f.period, f.value, f.value_status])).toEqual([
      ['year', 320, 'resolved'],
      ['cumulative', 1450, 'resolved'],
    ]);
    expect(facts[0]!.note).toContain('历年累计 chain with 2011/2012 (sl-2011 -> sl-2012)');
    // The report's own checks come first, the roll from 2011 after them.
    const ids = out.checks.filter((c) => c.report_id === 'sl-2012').map((c) => c.check_id);
    expect(ids).toContain('X_cumulative_roll');
    expect(ids.slice(ids.indexOf('X_cumulative_roll')).every((id) => id.startsWith('X_'))).toBe(
      true,
    );
    expect(
      out.checks.filter((c) => c.report_id === 'sl-2011' && c.check_id.startsWith('X_')),
    ).toEqual([]);
  });

  it('extractBatch(a listed file and a report of one name) renames the report in every row', async () => {
    const out = await extractBatch([
      { name: 'sl-2011.doc', bytes: utf8('x') },
      { name: 'sl-2011.txt', bytes: utf8(report(2011, y2011)) },
    ]);
    expect(out.reports.map((r) => r.report_id)).toEqual(['sl-2011', 'sl-2011~2']);
    const own = out.facts.filter((f) => f.report_id !== 'sl-2011~2');
    expect(own).toEqual([]);
    expect(out.checks.length).toBeGreaterThan(0);
    expect(out.checks.every((c) => c.report_id === 'sl-2011~2')).toBe(true);
  });
});
