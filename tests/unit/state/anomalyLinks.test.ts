import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeDb, type NodeDb } from '../../../scripts/lib/nodeDb.ts';
import { anomaliesQuery, type Anomaly } from '../../../src/lib/sql/anomalies.ts';
import {
  reportChecksQuery,
  reportFactsQuery,
  type ReportCheckRow,
  type ReportFactRow,
} from '../../../src/lib/sql/reportQuery.ts';
import { anomalyLinks, reportAnomaliesPatch } from '../../../src/lib/state/anomalyLinks.ts';
import { highlighter, parseRefs } from '../../../src/lib/state/highlight.ts';
import { anomaly } from './anomalyRow.ts';

describe('anomalyLinks', () => {
  test('an identity links its report with the sum and the check highlighted', () => {
    const links = anomalyLinks(
      anomaly({ report_id: 'erdao-2017', check_id: 'P_review_split', applicant_type: 'all' }),
    );
    expect(links).toEqual([
      {
        kind: 'report',
        report: 'erdao-2017',
        patch: {
          view: 'report',
          report: 'erdao-2017',
          hl: ['review_total', 'review_upheld', 'review_corrected', 'review_other'],
          hlc: ['P_review_split'],
        },
      },
    ]);
  });

  test('a jump links both years with the metric of its column', () => {
    const links = anomalyLinks(
      anomaly({
        type: 'jump',
        report_id: 'b-2024',
        other_report_id: 'b-2023',
        metric_id: 'app_new_received',
        applicant_type: 'total',
      }),
    );
    expect(links.map((l) => [l.kind, l.report, l.patch.hl])).toEqual([
      ['report', 'b-2024', ['app_new_received.total']],
      ['other', 'b-2023', ['app_new_received.total']],
    ]);
  });

  test('a continuity break links the previous report with the figures it reads there', () => {
    const [, other] = anomalyLinks(
      anomaly({
        type: 'continuity',
        report_id: 'b-2021',
        other_report_id: 'b-2020',
        metric_id: 't2_license_items_prev',
        check_id: 'X_items_roll',
      }),
    );
    expect(other!.patch).toEqual({
      view: 'report',
      report: 'b-2020',
      hl: ['t2_license_items_prev', 't2_license_items_change'],
      hlc: [],
    });
  });

  test('copied text links both reports without highlights', () => {
    const links = anomalyLinks(
      anomaly({ type: 'copy_text', report_id: 'a-2010', other_report_id: 'a-2009' }),
    );
    expect(links.map((l) => [l.kind, l.patch.hl, l.patch.hlc])).toEqual([
      ['report', [], []],
      ['other', [], []],
    ]);
  });

  test("a missing year has no report: it links the body's series over every year", () => {
    const links = anomalyLinks(anomaly({ type: 'gap', report_id: '', body_key: '财政局' }));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      kind: 'compare',
      patch: { view: 'compare', bodies: ['财政局'], from: null, to: null, series: '' },
    });
  });

  test('reportAnomaliesPatch narrows to one body-year with the default thresholds', () => {
    expect(reportAnomaliesPatch('二道区', 2017)).toMatchObject({
      view: 'anomalies',
      bodies: ['二道区'],
      from: 2017,
      to: 2017,
      types: [],
      severities: [],
      thresholds: { jumpFactor: 3, jumpMin: 10, similarityMin: 0.9, vectorMinNonZero: 3 },
    });
  });
});

describe('anomalyLinks on the committed data', () => {
  let db: NodeDb;
  let rows: Anomaly[];
  beforeAll(async () => {
    db = await openNodeDb('data');
    rows = await db.all<Anomaly>(anomaliesQuery());
  });
  afterAll(() => db.close());

  test('every link names valid references and marks at least one row of a report it highlights in', async () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const a of rows) {
      for (const link of anomalyLinks(a)) {
        const { hl = [], hlc = [] } = link.patch;
        expect(parseRefs(hl)).toEqual(hl);
        expect(parseRefs(hlc)).toEqual(hlc);
        if (!link.report || hl.length + hlc.length === 0) continue;
        const [facts, checks] = await Promise.all([
          db.all<ReportFactRow>(reportFactsQuery(link.report)),
          db.all<ReportCheckRow>(reportChecksQuery(link.report)),
        ]);
        const h = highlighter(hl, hlc);
        const marked = facts.filter(h.fact).length + checks.filter(h.check).length;
        expect(marked, `${a.anomaly_id} -> ${link.report}`).toBeGreaterThan(0);
        // The check behind the finding is among the marked rows of its own report.
        if (link.kind === 'report' && a.check_id)
          expect(checks.some((c) => c.check_id === a.check_id && h.check(c))).toBe(true);
      }
    }
  }, 60_000);
});
