/**
 * The figures of generated reports against the extractor's own identity evaluation (run by the
 * --tables rows on the facts): a clean report breaks no hard identity, no roll-over and states
 * no narrative figure other than its table's; each injected anomaly breaks what it should.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../../src/lib/extract/types.ts';
import type { Injected } from '../../../src/lib/synth/anomalies.ts';
import { corpus } from '../../../src/lib/synth/corpus.ts';
import { seriesRows } from '../../../src/lib/synth/rows/longRows.ts';

const checks = new Map<string, Check[]>();
const injected: Injected[] = [];
for (const series of corpus({
  seed: 'series',
  bodies: 120,
  from: 2008,
  to: 2025,
  anomalyRate: 0.15,
})) {
  injected.push(...series.anomalies);
  for (const rows of seriesRows(series)) checks.set(rows.report.report_id, rows.checks);
}
const anomalous = new Set(injected.filter((a) => a.report_id).map((a) => a.report_id));
const failed = (id: string) => (checks.get(id) ?? []).filter((c) => c.status === 'fail');

describe('generated figures', () => {
  it('a clean report fails no check: hard identities, roll-overs, narrative vs table', () => {
    const clean = [...checks.keys()].filter((id) => !anomalous.has(id));
    expect(clean.length).toBeGreaterThan(1000);
    const fails = clean.flatMap((id) =>
      failed(id)
        // The year after a copied or ×10 report compares with it: not this report's doing.
        .filter(
          (c) =>
            !(c.check_id.startsWith('X_') && [...anomalous].some((a) => c.note.includes(`${a},`))),
        )
        .map((c) => `${id} ${c.check_id} ${c.applicant_type} ${c.lhs} vs ${c.rhs}`),
    );
    expect(fails).toEqual([]);
  });

  it.each([
    ['identity', (c: Check) => c.severity === 'hard'],
    [
      'text_vs_table',
      (c: Check) => c.check_id === 'P_text_vs_table' || c.check_id === 'T3_text_received',
    ],
    ['broken_roll', (c: Check) => c.check_id.startsWith('X_')],
  ] as const)('every injected %s fails its check', (type, test) => {
    const list = injected.filter((a) => a.type === type);
    expect(list.length).toBeGreaterThan(3);
    for (const a of list)
      expect(failed(a.report_id).some(test), `${a.report_id} ${a.detail}`).toBe(true);
  });

  it('every report has its checks; the 2019/2021 ones include T3_flow for all seven columns', () => {
    const flows = [...checks.values()].map(
      (list) => list.filter((c) => c.check_id === 'T3_flow').length,
    );
    expect(flows.filter((n) => n > 0).every((n) => n === 7)).toBe(true);
    expect(flows.filter((n) => n === 7).length).toBeGreaterThan(500);
  });
});
