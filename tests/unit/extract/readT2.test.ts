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
