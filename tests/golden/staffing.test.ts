/**
 * Staff and funding as the staffing page draws them (concepts c_staff_*, c_budget over the
 * committed data): the pre-2019 table figure, the prose figure from 2019 on, and nothing for a
 * report whose text states no figure. Expected values written by hand after reading each report;
 * the sentence is quoted and must be in the report's text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeDb, type NodeDb } from '../../scripts/lib/nodeDb.ts';
import { topicConceptsQuery, type TopicRow } from '../../src/lib/sql/topicQuery.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('data');
});
afterAll(() => db.close());

/** report, concept, value (null: nothing may be drawn), comparability, file, sentence. */
const CASES: [string, string, number | null, string, string, string][] = [
  // 2019 template, prose: 局党政办公室……下设信息公开工作小组，共有工作人员2名
  [
    'fujian-pingtan-htpq-2019',
    'c_staff_total',
    2,
    'same',
    'corpus/unlabelled/fujian-pingtan-htpq-2019.txt',
    '共有工作人员2名',
  ],
  // 2019 template (2020 report), prose: 落实专职工作人员1名、兼职工作人员1名
  [
    'fujian-pingtan-jspq-2020',
    'c_staff_full_time',
    1,
    'same',
    'corpus/unlabelled/fujian-pingtan-jspq-2020.txt',
    '落实专职工作人员1名、兼职工作人员1名',
  ],
  [
    'fujian-pingtan-jspq-2020',
    'c_staff_part_time',
    1,
    'same',
    'corpus/unlabelled/fujian-pingtan-jspq-2020.txt',
    '兼职工作人员1名',
  ],
  // 2021 template, prose: 我局专门安排1名业务人员，明确专人专责
  [
    'fujian-pingtan-scjgj-2021',
    'c_staff_total',
    1,
    'same',
    'corpus/unlabelled/fujian-pingtan-scjgj-2021.txt',
    '我局专门安排1名业务人员',
  ],
  // pre-2019 table (corpus/expected/jilin-changchun-erdao-2017.tsv): 专职人员数 2, 专项经费 2 万元
  ['jilin-changchun-erdao-2017', 'c_staff_full_time', 2, 'approx', '', ''],
  ['jilin-changchun-erdao-2017', 'c_budget', 2, 'approx', '', ''],
  // 2019 template (2020 report): the text speaks of 人员 (选派人员前往福安市调研学习) but states
  // no number of staff: missing, never 0.
  [
    'fujian-pingtan-htpq-2020',
    'c_staff_total',
    null,
    '',
    'corpus/unlabelled/fujian-pingtan-htpq-2020.txt',
    '选派人员前往福安市调研学习',
  ],
  ['fujian-pingtan-htpq-2020', 'c_staff_full_time', null, '', '', ''],
  ['fujian-pingtan-htpq-2020', 'c_budget', null, '', '', ''],
];

describe('staff and funding drawn for every year the report states them', () => {
  test.each(CASES)('%s %s is %s', async (report, concept, value, comparability, file, quote) => {
    if (file) expect(readFileSync(file, 'utf8').replace(/\s+/g, '')).toContain(quote);
    const body = (
      await db.all<{ body_key: string; report_year: number }>({
        sql: 'SELECT body_key, report_year FROM reports WHERE report_id = ?',
        params: [report],
      })
    )[0]!;
    const rows = await db.all<TopicRow>(
      topicConceptsQuery([concept], {
        bodies: [body.body_key],
        from: body.report_year,
        to: body.report_year,
      }),
    );
    const mine = rows.filter((r) => r.report_id === report && r.value != null);
    if (value == null) {
      expect(mine).toEqual([]);
      return;
    }
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ value, comparability });
  });
});
