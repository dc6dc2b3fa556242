/**
 * The views' loaders read the build's pre-aggregates (written here from the committed data by the
 * build's own code) and must give exactly the rows the app's SQL gives in DuckDB for the same
 * request: series, topic rows, coverage, the report page, the catalogue and the anomaly list.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePre } from '../../../scripts/build/writePre.ts';
import { openNodeDb, type NodeDb } from '../../../scripts/lib/nodeDb.ts';
import { fromColumnar } from '../../../src/lib/preagg/columnar.ts';
import { setPreReader } from '../../../src/lib/preagg/fetchPre.ts';
import { OVERVIEW_PAGE, PRE_FILES, type CoverageHeadFile } from '../../../src/lib/preagg/files.ts';
import {
  coverageHead,
  joinCoverage,
  type CoverageSourceRow,
} from '../../../src/lib/preagg/viewRows.ts';
import { coverageMatrix } from '../../../src/lib/state/coverageMatrix.ts';
import { anomaliesQuery, type Anomaly } from '../../../src/lib/sql/anomalies.ts';
import { bodiesQuery, type BodyRow } from '../../../src/lib/sql/bodiesQuery.ts';
import { coverageQuery } from '../../../src/lib/sql/coverageQuery.ts';
import { metricsQuery, type MetricRow } from '../../../src/lib/sql/catalogueQuery.ts';
import {
  reportChecksQuery,
  reportEvidenceQuery,
  reportFactsQuery,
  reportQuery,
  type EvidenceRow,
} from '../../../src/lib/sql/reportQuery.ts';
import {
  rankingQuery,
  seriesQuery,
  topBodiesQuery,
  type PeerGroup,
} from '../../../src/lib/sql/seriesQuery.ts';
import {
  topicConceptsQuery,
  topicDefaultsQuery,
  topicFactsQuery,
} from '../../../src/lib/sql/topicQuery.ts';
import { loadAnomalies } from '../../../src/lib/state/anomalyData.ts';
import { catalogue } from '../../../src/lib/state/catalogue.svelte.ts';
import { loadCoverage } from '../../../src/lib/state/coverageData.ts';
import { loadBody } from '../../../src/lib/state/bodyData.ts';
import { bodyAnomaliesQuery, bodyReportsQuery } from '../../../src/lib/sql/bodyQuery.ts';
import { loadReport, withEvidence } from '../../../src/lib/state/reportData.ts';
import { loadRanking, loadSeries } from '../../../src/lib/state/seriesData.ts';
import { loadConcepts, loadFacts, loadTopicDefaults } from '../../../src/lib/state/topicData.ts';
import { TOPICS } from '../../../src/lib/state/urlState.ts';
import { APPLICANT_TYPES, TOPIC_IDS } from '../../../src/lib/state/topics.ts';
import { DEFAULT_ANOMALY_PARAMS } from '../../../src/lib/sql/anomalies.ts';
import { CONCEPTS } from '../../../src/lib/sql/crosswalk.ts';
import { RATE_IDS } from '../../../src/lib/rates/rates.ts';

let db: NodeDb;
let dir: string;
let bodies: BodyRow[];

beforeAll(async () => {
  db = await openNodeDb('data');
  dir = mkdtempSync(join(tmpdir(), 'nianbao-pre-'));
  await writePre(db, dir);
  setPreReader(async (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
  bodies = await db.all<BodyRow>(bodiesQuery());
}, 60_000);

afterAll(() => {
  setPreReader(null);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows as comparable JSON: numbers as DuckDB gives them, keys sorted. */
const norm = (rows: readonly object[]) =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => k !== 'ord')
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  );

// Every test reads many files and runs many queries: allow for a loaded machine.
describe('pre-aggregates give the rows of the SQL', { timeout: 60_000 }, () => {
  it('every concept series, for a few bodies and year ranges', async () => {
    const keys = bodies.map((b) => b.body_key);
    const choices = [keys.slice(0, 3), keys.slice(5, 15), [keys.at(-1)!], keys];
    let compared = 0;
    for (const c of CONCEPTS)
      for (const chosen of choices)
        for (const [from, to] of [
          [null, null],
          [2012, 2020],
        ] as const) {
          const spec = { kind: 'concept' as const, id: c.id, bodies: chosen, from, to };
          const want = await db.all(seriesQuery(spec));
          expect(norm(await loadSeries(spec)), `${c.id} ${chosen.length} ${from}`).toEqual(
            norm(want),
          );
          compared += want.length;
        }
    expect(compared).toBeGreaterThan(1000);
  });

  it('every rate series, for a few bodies and year ranges', async () => {
    const keys = bodies.map((b) => b.body_key);
    let compared = 0;
    for (const id of RATE_IDS)
      for (const chosen of [keys.slice(0, 3), keys.slice(5, 15), keys])
        for (const [from, to] of [
          [null, null],
          [2012, 2020],
        ] as const) {
          const spec = { kind: 'rate' as const, id, bodies: chosen, from, to };
          const want = await db.all(seriesQuery(spec));
          expect(norm(await loadSeries(spec)), `${id} ${chosen.length} ${from}`).toEqual(
            norm(want),
          );
          compared += want.length;
        }
    expect(compared).toBeGreaterThan(1000);
  });

  it('every ranking of a concept or rate, for a few years and peer groups', async () => {
    const keys = bodies.map((b) => b.body_key);
    // The anchor is in the city with the most bodies, so that every peer group has rows.
    const perCity = new Map<string, number>();
    for (const b of bodies) if (b.city) perCity.set(b.city, (perCity.get(b.city) ?? 0) + 1);
    const city = [...perCity].sort((a, b) => b[1] - a[1])[0]![0];
    const anchor = bodies.find((b) => b.city === city && b.province && b.body_level)!;
    const groups: PeerGroup[] = [
      {},
      { bodies: keys.slice(0, 4) },
      { level: anchor.body_level! },
      { province: anchor.province! },
      { city },
    ];
    const perGroup = new Map<string, number>();
    let compared = 0;
    const kinds = [
      ...CONCEPTS.map((c) => ['concept', c.id] as const),
      ...RATE_IDS.map((id) => ['rate', id] as const),
    ];
    for (const [kind, id] of kinds)
      for (const year of [2011, 2017, 2023, 1990])
        for (const peers of groups) {
          const spec = { kind, id, year, peers, minN: 10 };
          const want = await db.all(rankingQuery(spec));
          const got = await loadRanking(spec, bodies);
          // The order is the query's: compare as lists, not as sets.
          expect(norm(got), `${kind} ${id} ${year} ${JSON.stringify(peers)}`).toEqual(norm(want));
          compared += want.length;
          const group = JSON.stringify(peers);
          perGroup.set(group, (perGroup.get(group) ?? 0) + want.length);
        }
    expect(compared).toBeGreaterThan(1000);
    for (const peers of groups) expect(perGroup.get(JSON.stringify(peers))).toBeGreaterThan(20);
  });

  it('topic figures and concepts for chosen bodies', async () => {
    const sortAll = (rows: object[]) =>
      norm(rows).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    const chosen = bodies.slice(0, 12).map((b) => b.body_key);
    let compared = 0;
    for (const topic of TOPICS) {
      const { metrics, applicants, concepts } = TOPIC_IDS[topic];
      const scope = { bodies: chosen, topic, from: 2010, to: 2024 };
      const calls: [readonly string[], readonly string[], boolean][] = [];
      if (metrics.length) calls.push([metrics, applicants, false]);
      if (topic === 'requests') calls.push([['app_new_received'], APPLICANT_TYPES, true]);
      for (const [m, a, byApplicant] of calls) {
        const want = await db.all(topicFactsQuery(m, a, scope, byApplicant));
        const got = await loadFacts(m, a, scope, byApplicant);
        expect(sortAll(got), topic).toEqual(sortAll(want));
        // The same order of body-years as the SQL.
        expect(got.map((r) => r.report_id)).toEqual(
          (want as { report_id: string }[]).map((r) => r.report_id),
        );
        compared += want.length;
      }
      if (concepts.length) {
        const want = await db.all(topicConceptsQuery(concepts, scope));
        expect(sortAll(await loadConcepts(concepts, scope)), topic).toEqual(sortAll(want));
        compared += want.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the coverage matrix with each filter', async () => {
    const [row] = await db.all<{ province: string; city: string }>(
      `SELECT province, city FROM reports WHERE city IS NOT NULL LIMIT 1`,
    );
    for (const filters of [
      {},
      { province: row!.province },
      { city: row!.city },
      { level: 'department' },
      { scope: 'own' },
      { province: 'nowhere' },
    ]) {
      const want = await db.all(coverageQuery(filters));
      const got = (await loadCoverage(filters, bodies)).map((r) => {
        const keep = Object.keys(want[0] ?? r);
        return Object.fromEntries(
          keep.map((k) => [k, (r as unknown as Record<string, unknown>)[k]]),
        );
      });
      expect(norm(got), JSON.stringify(filters)).toEqual(norm(want));
    }
  });

  it('the report page of every report', async () => {
    const ids = await db.all<{ report_id: string }>(`SELECT report_id FROM reports`);
    const metrics = await db.all<MetricRow>(metricsQuery());
    for (const { report_id: id } of ids) {
      const got = await loadReport(id, metrics);
      expect(got.evidence).toBe(false);
      expect(norm([got.report!])).toEqual(norm(await db.all(reportQuery(id))));
      // The figures, once their evidence strings (read from the database) are in.
      const evidence = await db.all<EvidenceRow>(reportEvidenceQuery(id));
      expect(norm(withEvidence(got.facts, evidence))).toEqual(
        norm(await db.all(reportFactsQuery(id))),
      );
      expect(norm(got.checks)).toEqual(norm(await db.all(reportChecksQuery(id))));
    }
    const erdao = await loadReport('jilin-changchun-erdao-2017', metrics);
    expect(erdao.facts.every((f) => f.context === null)).toBe(true);
    const evidence = await db.all<EvidenceRow>(reportEvidenceQuery('jilin-changchun-erdao-2017'));
    expect(withEvidence(erdao.facts, evidence).some((f) => f.context?.includes('2841'))).toBe(true);
  });

  it('the body page of every body, and of a key no body has', async () => {
    let reports = 0;
    let anomalies = 0;
    for (const key of [...bodies.map((b) => b.body_key), 'nobody']) {
      const got = await loadBody(key);
      const wantReports = await db.all(bodyReportsQuery(key));
      const wantAnomalies = await db.all(bodyAnomaliesQuery(key));
      expect(norm(got.reports), key).toEqual(norm(wantReports));
      expect(norm(got.anomalies), key).toEqual(norm(wantAnomalies));
      reports += wantReports.length;
      anomalies += wantAnomalies.length;
    }
    // Every report with a body, and every finding, is on its body's page.
    const [all] = await db.all<{ r: number; a: number }>(
      `SELECT (SELECT count(*) FROM reports WHERE body_key IS NOT NULL) AS r,
        (SELECT count(*) FROM anomaly_list WHERE body_key IS NOT NULL) AS a`,
    );
    expect([reports, anomalies]).toEqual([all!.r, all!.a]);
    expect(anomalies).toBeGreaterThan(0);
  });

  it("the coverage head is the Overview's first page of the whole coverage", async () => {
    const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const head: CoverageHeadFile = read(PRE_FILES.coverageHead);
    const byKey = new Map(bodies.map((b) => [b.body_key, b]));
    const all = joinCoverage(fromColumnar<CoverageSourceRow>(read(PRE_FILES.coverage)), byKey);
    const whole = coverageMatrix(all);
    const cells = (m: typeof whole) =>
      m.bodies.map((b) => [b.key, [...b.cells].map(([y, rs]) => [y, rs.map((r) => r.report_id)])]);
    expect(head.total).toBe(all.length);
    expect(joinCoverage(fromColumnar<CoverageSourceRow>(head), byKey)).toEqual(
      coverageHead(all, OVERVIEW_PAGE),
    );
    // The shipped data has fewer bodies than a page: smaller pages show the cut.
    expect(whole.bodies.length).toBeGreaterThan(10);
    for (const n of [1, 3, 10, OVERVIEW_PAGE]) {
      const page = coverageMatrix(coverageHead(all, n), head.years);
      expect(page.years, `${n}`).toEqual(whole.years);
      expect(cells(page), `${n}`).toEqual(cells(whole).slice(0, n));
    }
  });

  it('the catalogue and the default bodies of each concept', async () => {
    const c = await catalogue.load();
    expect(c.bodies).toEqual(bodies);
    for (const k of CONCEPTS) {
      const want = (await db.all<{ body_key: string }>(topBodiesQuery('concept', k.id, 5))).map(
        (r) => r.body_key,
      );
      expect(c.conceptDefaults?.[k.id] ?? [], k.id).toEqual(want);
    }
  });

  it('the default bodies of each topic page, each with values for it', async () => {
    const c = await catalogue.load();
    for (const topic of TOPICS) {
      const chosen = c.topicDefaults?.[topic] ?? [];
      expect(chosen.length, topic).toBeGreaterThan(0);
      expect(await loadTopicDefaults(topic, c.topicDefaults)).toEqual(chosen);
      const sql = await db.all<{ body_key: string }>(topicDefaultsQuery(TOPIC_IDS[topic], 10));
      expect(sql.map((r) => r.body_key)).toEqual(chosen);
      const { metrics, applicants, concepts } = TOPIC_IDS[topic];
      const scope = { bodies: chosen };
      const rows = [
        ...(metrics.length ? await db.all(topicFactsQuery(metrics, applicants, scope)) : []),
        ...(concepts.length ? await db.all(topicConceptsQuery(concepts, scope)) : []),
      ] as { body_key: string; value: number | null }[];
      for (const b of chosen)
        expect(
          rows.some((r) => r.body_key === b && r.value != null),
          `${topic} ${b}`,
        ).toBe(true);
    }
  });

  it('the anomaly list with the default thresholds', async () => {
    const got = await loadAnomalies(DEFAULT_ANOMALY_PARAMS);
    const want = await db.all<Anomaly>(anomaliesQuery());
    expect(got.total).toBe(want.length);
    expect(norm(got.rows)).toEqual(norm(want));
  });
});
