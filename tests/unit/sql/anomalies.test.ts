/**
 * Each anomaly type against small data written for it (positive and negative cases), and the
 * findings the committed data must contain. Runs the SQL in real DuckDB (@duckdb/node-api).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../../scripts/lib/nodeDb.ts';
import { narrativeSignature as batchSignature } from '../../../src/lib/extract/signature.ts';
import {
  CHECK_COLUMNS,
  FACT_COLUMNS,
  REPORT_COLUMNS,
  toCsv,
} from '../../../src/lib/extract/csv.ts';
import type { Check, Fact, Report } from '../../../src/lib/extract/types.ts';
import {
  anomaliesQuery,
  bandSize,
  storedCountsQuery,
  anomalyCountsQuery,
  type Anomaly,
} from '../../../src/lib/sql/anomalies.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function report(id: string, body: string, year: number, extra: Partial<Report> = {}): Report {
  return {
    report_id: id,
    source_file: `${id}.txt`,
    source_url: '',
    title: '',
    issuing_body: `${body}人民政府`,
    body_key: body,
    body_level: 'district_county',
    scope: 'own',
    report_year: year,
    publish_date: '',
    format_version: 't2021',
    format_variant: '',
    tables_found: 'T2,T3,T4',
    text_truncated: false,
    province: '',
    city: '',
    district: '',
    region_code: '',
    encoding: 'utf-8',
    status: 'ok',
    message: '',
    narrative_chars: 0,
    narrative_signature: '',
    ...extra,
  };
}

function fact(
  report_id: string,
  metric_id: string,
  value: number | null,
  extra: Partial<Fact> = {},
): Fact {
  return {
    report_id,
    metric_id,
    applicant_type: 'total',
    period: 'year',
    source: 'table',
    qualifier: '',
    value,
    value_raw: value === null ? '' : String(value),
    value_status: value === null ? 'ambiguous' : 'reported',
    unit: '件',
    unit_raw: '',
    label_raw: '',
    col_label_raw: '',
    char_start: null,
    char_end: null,
    context: '',
    confidence: 1,
    note: '',
    ...extra,
  };
}

function check(
  report_id: string,
  check_id: string,
  lhs: number,
  rhs: number,
  extra: Partial<Check> = {},
): Check {
  return {
    report_id,
    check_id,
    metric_id: '',
    applicant_type: 'all',
    period: 'year',
    lhs,
    rhs,
    delta: lhs - rhs,
    severity: 'hard',
    status: lhs === rhs ? 'pass' : 'fail',
    note: '',
    ...extra,
  };
}

/** A data folder with these rows (and the real catalogue) opened in DuckDB as the app does. */
async function dataset(
  reports: Report[],
  facts: Fact[] = [],
  checks: Check[] = [],
): Promise<NodeDb> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-anomalies-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'reports.csv'), toCsv(REPORT_COLUMNS, reports));
  writeFileSync(join(dir, 'facts.csv'), toCsv(FACT_COLUMNS, facts));
  writeFileSync(join(dir, 'checks.csv'), toCsv(CHECK_COLUMNS, checks));
  copyFileSync('data/metrics.csv', join(dir, 'metrics.csv'));
  return openNodeDb(dir);
}

async function anomalies(db: NodeDb, type?: string): Promise<Anomaly[]> {
  const rows = await db.all<Anomaly>(anomaliesQuery());
  db.close();
  return type ? rows.filter((r) => r.type === type) : rows;
}

describe('anomaliesQuery on data written for each type', () => {
  it('identity: a failed hard identity, with both sides; a passed one or a failed soft one is not', async () => {
    const rows = await anomalies(
      await dataset(
        [report('a', '甲区', 2020)],
        [],
        [
          check('a', 'T4_rev', 0, 11),
          check('a', 'T3_flow', 5, 5),
          check('a', 'P_channels_cover', 9, 7, { severity: 'soft' }),
        ],
      ),
      'identity',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      report_id: 'a',
      check_id: 'T4_rev',
      value_a: 0,
      value_b: 11,
      severity: 'high',
    });
    expect(rows[0]!.sentence_zh).toContain('行政复议总计');
  });

  it('text_vs_table: the narrative figure against the table; agreeing figures are not listed', async () => {
    const rows = await anomalies(
      await dataset(
        [report('a', '甲区', 2022), report('b', '乙区', 2022)],
        [],
        [
          check('a', 'T3_text_received', 75, 74, {
            severity: 'soft',
            metric_id: 'text_app_received',
          }),
          check('b', 'P_text_vs_table', 23, 23, {
            severity: 'soft',
            metric_id: 'text_app_received',
          }),
        ],
      ),
      'text_vs_table',
    );
    expect(rows.map((r) => [r.report_id, r.value_a, r.value_b])).toEqual([['a', 75, 74]]);
    expect(rows[0]!.sentence_en).toBe(
      'the text says 75 where the table says 74 (text_app_received)',
    );
  });

  it('continuity: a broken roll-over is listed, a cumulative count that falls says so; a roll that holds is not', async () => {
    const reports = [
      report('a1', '甲区', 2015),
      report('a2', '甲区', 2016),
      report('b1', '乙区', 2021),
      report('b2', '乙区', 2022),
    ];
    const facts = [fact('a1', 'app_received', 1, { period: 'cumulative', applicant_type: 'all' })];
    const checks = [
      check('a2', 'X_cumulative_roll', 0, 1, {
        severity: 'soft',
        metric_id: 'app_received',
        period: 'cumulative',
        note: 'x (previous report a1, 2015)',
      }),
      check('b2', 'X_carry_roll', 3, 3, {
        severity: 'soft',
        metric_id: 'app_carried_in',
        applicant_type: 'total',
        note: 'x (previous report b1, 2021)',
      }),
    ];
    const rows = await anomalies(await dataset(reports, facts, checks), 'continuity');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      report_id: 'a2',
      other_report_id: 'a1',
      value_a: 0,
      value_b: 1,
    });
    expect(rows[0]!.sentence_zh).toContain('累计数比上年还少');
  });

  it('jump: ×3 between consecutive years where both are ≥ 10, up or down; 2 → 9, 5 → 20 and a skipped year are not', async () => {
    const reports = [2019, 2020, 2021, 2022]
      .map((y) => report(`a${y}`, '甲区', y))
      .concat(
        [2019, 2020].map((y) => report(`b${y}`, '乙区', y)),
        [2019, 2021].map((y) => report(`c${y}`, '丙区', y)),
      );
    const facts = [
      fact('a2019', 'app_new_received', 12),
      fact('a2020', 'app_new_received', 40),
      fact('a2021', 'app_new_received', 12),
      fact('a2019', 'res_granted', 2),
      fact('a2020', 'res_granted', 9),
      fact('b2019', 'app_new_received', 5),
      fact('b2020', 'app_new_received', 20),
      fact('c2019', 'app_new_received', 10),
      fact('c2021', 'app_new_received', 100),
    ];
    const rows = await anomalies(await dataset(reports, facts), 'jump');
    expect(rows.map((r) => [r.report_id, r.metric_id, r.value_b, r.value_a])).toEqual([
      ['a2020', 'app_new_received', 12, 40],
      ['a2021', 'app_new_received', 40, 12],
    ]);
  });

  it('copy_table: identical tables with non-zero figures; identical all-zero tables are not suspicious', async () => {
    const reports = ['a', 'b', 'c', 'd'].map((id) => report(id, `${id}区`, 2020));
    const same = (id: string, values: number[]) =>
      values.map((v, i) =>
        fact(id, ['app_new_received', 'res_granted', 'res_partial', 'res_total'][i]!, v),
      );
    const facts = [
      ...same('a', [7, 3, 2, 7]),
      ...same('b', [7, 3, 2, 7]),
      ...same('c', [0, 0, 0, 0]),
      ...same('d', [0, 0, 0, 0]),
    ];
    const rows = await anomalies(await dataset(reports, facts), 'copy_table');
    expect(rows.map((r) => [r.report_id, r.other_report_id])).toEqual([['b', 'a']]);
  });

  it('copy_text: near-identical narratives of two bodies; different ones are not', async () => {
    const base =
      '我局综合科作为处理政府信息公开事务的责任机构，负责全局政府信息公开的日常工作，认真组织贯彻条例，充实公开信息内容，编制政府信息公开指南，并对产生的政府信息进行清理。'.repeat(
        3,
      );
    const other =
      '区政府坚持以人民为中心的发展思想，围绕优化营商环境、保障改善民生等重点工作，扎实推进决策执行管理服务结果公开，深化重点领域信息公开，加强政策解读和回应关切。'.repeat(
        3,
      );
    const reports = [
      report('a', '甲局', 2010, {
        narrative_signature: batchSignature(`2010年共公开6条。${base}`),
      }),
      report('b', '乙局', 2010, {
        narrative_signature: batchSignature(`2010年共公开3条。${base}`),
      }),
      report('c', '丙局', 2010, { narrative_signature: batchSignature(other) }),
    ];
    const rows = await anomalies(await dataset(reports), 'copy_text');
    expect(rows.map((r) => [r.report_id, r.other_report_id])).toEqual([['b', 'a']]);
  });

  it('gap and format_regress: a missing year inside a series, a year in an older format than the year before', async () => {
    const reports = [
      report('a2019', '甲区', 2019, { format_version: 't2019' }),
      report('a2021', '甲区', 2021, { format_version: 't2021' }),
      report('a2022', '甲区', 2022, { format_version: 't2019' }),
      report('b2019', '乙区', 2019, { format_version: 't2019' }),
      report('b2020', '乙区', 2020, { format_version: 't2019' }),
    ];
    const rows = await anomalies(await dataset(reports));
    expect(rows.filter((r) => r.type === 'gap').map((r) => [r.body_key, r.report_year])).toEqual([
      ['甲区', 2020],
    ]);
    expect(rows.filter((r) => r.type === 'format_regress').map((r) => r.report_id)).toEqual([
      'a2022',
    ]);
  });
});

describe('anomaliesQuery on the committed data', () => {
  let rows: Anomaly[];
  beforeAll(async () => {
    rows = await anomalies(await openNodeDb('data'));
  }, 60_000);
  const find = (pred: (a: Anomaly) => boolean) => rows.filter(pred);

  it('二道区 2017: 复议 22 ≠ 15 + 0 + 6, and its 诉讼 text 0 vs table 3', () => {
    expect(
      find(
        (a) => a.report_id === 'jilin-changchun-erdao-2017' && a.check_id === 'P_review_split',
      )[0],
    ).toMatchObject({ value_a: 22, value_b: 21 });
    expect(
      find((a) => a.report_id === 'jilin-changchun-erdao-2017' && a.type === 'text_vs_table')[0],
    ).toMatchObject({ value_a: 0, value_b: 3 });
  });

  it('平潭综合实验区 2022: text 收到75件 vs table 74', () => {
    expect(
      find((a) => a.report_id === 'fujian-pingtan-shiyanqu-2022' && a.type === 'text_vs_table')[0],
    ).toMatchObject({ value_a: 75, value_b: 74 });
  });

  it('平潭综合实验区: the 历年累计 breaks of 2012 and 2013, and the cumulative application counts that fall in 2016', () => {
    const chain = find(
      (a) => a.body_key === '平潭综合实验区' && a.check_id === 'X_cumulative_roll',
    );
    expect(new Set(chain.map((a) => a.report_year))).toEqual(new Set([2012, 2013, 2016]));
    const falls = chain.filter((a) => a.report_year === 2016);
    expect(falls.map((a) => a.metric_id).sort()).toEqual([
      'app_received',
      'app_recv_letter',
      'app_rep_granted',
      'app_replied',
    ]);
    expect(falls.every((a) => a.sentence_zh.includes('累计数比上年还少'))).toBe(true);
  });

  it('洪泽区 2023: 复议 总计 0 vs its parts 11', () => {
    expect(
      find((a) => a.report_id === 'jiangsu-huaian-hongzequ-2023' && a.check_id === 'T4_rev')[0],
    ).toMatchObject({ value_a: 0, value_b: 11 });
  });

  it('does not flag 平潭’s carried-over applications, which roll correctly', () => {
    expect(find((a) => a.body_key === '平潭综合实验区' && a.check_id === 'X_carry_roll')).toEqual(
      [],
    );
  });

  it('anomalyCountsQuery counts per report what the list holds', async () => {
    const db = await openNodeDb('data');
    const counts = await db.all<{ report_id: string; n: number }>(anomalyCountsQuery());
    db.close();
    const erdao = counts.find((c) => c.report_id === 'jilin-changchun-erdao-2017');
    expect(erdao?.n).toBe(rows.filter((a) => a.report_id === 'jilin-changchun-erdao-2017').length);
  });
});

describe('anomaly ids', () => {
  it('are unique on the committed data (gap rows of several bodies in one year included)', async () => {
    const db = await openNodeDb('data');
    const rows = await db.all<Anomaly>(anomaliesQuery());
    db.close();
    expect(new Set(rows.map((r) => r.anomaly_id)).size).toBe(rows.length);
  });
});

describe('bandSize (narrative comparison bands)', () => {
  it('every pair at or above the threshold has a band that matches whole', () => {
    for (let t = 0.05; t <= 1; t += 0.01) {
      const band = bandSize(t);
      const bands = 64 / band;
      expect(Number.isInteger(bands)).toBe(true);
      // Mismatching values of a pair that reaches the threshold: fewer than the bands.
      for (let mismatches = 0; mismatches <= 64; mismatches++)
        if ((64 - mismatches) / 64 >= t) expect(mismatches, `t=${t}`).toBeLessThan(bands);
    }
  });

  it('bandSize(0.9) = 8 values per band; bandSize(0.5) compares every value', () => {
    expect(bandSize(0.9)).toBe(8);
    expect(bandSize(0.5)).toBe(1);
    expect(bandSize(1)).toBe(64);
  });
});

describe('stored anomaly counts', () => {
  it('storedCountsQuery gives the counts anomalyCountsQuery computes, for the reports asked', async () => {
    const db = await openNodeDb('data');
    try {
      const want = await db.all(anomalyCountsQuery());
      const ids = (await db.all<{ report_id: string }>('SELECT report_id FROM reports')).map(
        (r) => r.report_id,
      );
      expect(await db.all(storedCountsQuery(ids))).toEqual(want);
      const some = (want as { report_id: string }[]).slice(0, 3).map((r) => r.report_id);
      expect(await db.all(storedCountsQuery(some))).toEqual(want.slice(0, 3));
      expect(want.length).toBeGreaterThan(10);
    } finally {
      db.close();
    }
  });
});
