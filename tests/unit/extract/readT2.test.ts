import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/index.ts';

/** SOURCES.md E5 (长春新区某分局 2020): a cell per line with a trailing ` |`, pipe runs, `本年新` twice. */
const E5 = `二、主动公开政府信息情况
第二十条第(一)项 |
|||
信息内容 |
本年新 |
本年新 |
对外公开总数量 |
规章 |
0 |
0 |
0 |
规范性文件 |
3 |
3 |
12 |
第二十条第(五)项 |
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
行政许可 |
109 |
-3 |
44613 |
2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):2条 |
三、收到和处理政府信息公开申请情况
`;

describe('readT2 through extractReport', () => {
  const facts = extractReport({ text: E5, reportId: 'e5' }).facts;
  const value = (metric: string) => facts.find((f) => f.metric_id === metric);

  it.each([
    ['t2_ndoc_new_made', 3],
    ['t2_ndoc_new_published', 3],
    ['t2_ndoc_public_total', 12],
    ['t2_license_items_prev', 109],
    ['t2_license_items_change', -3],
    ['t2_license_decisions', 44613],
    ['t2_local_total_published', 2],
  ])(
    'E5: %s = %d (2019 template from its `本年新` headers; the sign of 本年增/减 kept)',
    (metric, expected) => {
      expect(value(metric)).toMatchObject({ value: expected, value_status: 'reported' });
    },
  );

  it('E5 ends at the heading of table 三: its rows are truncated, never 0', () => {
    const t3 = facts.filter(
      (f) => f.metric_id.startsWith('res_') || f.metric_id.startsWith('app_'),
    );
    expect(t3.length).toBeGreaterThan(0);
    expect(t3.every((f) => f.value === null && f.value_status === 'truncated')).toBe(true);
  });
});

/** SOURCES.md E13 (长春新区 2025): one cell per line; the 万元 of the fee is in the column header. */
const E13 = `二、主动公开政府信息情况
第二十条第(一)项

信息内容

本年制发件数

本年废止件数

现行有效件数

规章

0

0

0

第二十条  第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

5125.11
三、收到和处理政府信息公开申请情况
`;

/** The same table as ` | ` rows (E11). */
const E11 = `二、主动公开政府信息情况
第二十条第(一)项 |
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
第二十条第(八)项 |
信息内容 | 本年收费金额(单位:万元) |
行政事业性收费 | 5125.11 |
三、收到和处理政府信息公开申请情况
`;

describe('readT2: the unit printed in a column header', () => {
  it.each([
    ['one cell per line (E13)', E13],
    ['` | ` rows (E11)', E11],
  ])('%s: t2_fee_amount 5125.11 with unit_raw 万元', (_name, text) => {
    const fee = extractReport({ text, reportId: 'e13' }).facts.find(
      (f) => f.metric_id === 't2_fee_amount',
    );
    expect(fee).toMatchObject({ value: 5125.11, value_status: 'reported', unit_raw: '万元' });
  });
});
