/**
 * Property test over a seed-fixed synthetic corpus (src/lib/synth): rendered in every template
 * and flattening style, extracted through the batch path of `npm run extract`, it must give
 * exactly its truth (graded like the labelled corpus); the anomaly detection of `npm run
 * anomalies` must find every injected anomaly and nothing on clean reports; and the --tables
 * rows must be what the extractor writes for the rendered files. The truth comes from the
 * generator's model, never from the extractor.
 *
 * SYNTH_BODIES=80 SYNTH_SEED=… SYNTH_RATE=… npx vitest run tests/golden/synth.test.ts runs another
 * (larger) corpus.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../scripts/lib/nodeDb.ts';
import { extractBatch, type BatchOutput } from '../../src/lib/extract/batch.ts';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS, toCsv } from '../../src/lib/extract/csv.ts';
import type { Fact } from '../../src/lib/extract/types.ts';
import { anomaliesQuery, type Anomaly } from '../../src/lib/sql/anomalies.ts';
import { ANOMALY_KINDS, type Injected } from '../../src/lib/synth/anomalies.ts';
import { STYLE_WEIGHTS } from '../../src/lib/synth/bodies.ts';
import { corpus } from '../../src/lib/synth/corpus.ts';
import { renderFile, type RenderedFile } from '../../src/lib/synth/render/index.ts';
import { seriesRows, type LongRows } from '../../src/lib/synth/rows/longRows.ts';
import { score } from '../../src/lib/synth/score.ts';
import { printedCells } from '../../src/lib/synth/tableCells.ts';
import { TEMPLATES } from '../../src/lib/synth/templates.ts';
import { reportTruth, truthRows } from '../../src/lib/synth/truth.ts';
import type { SynthReport } from '../../src/lib/synth/types.ts';
import { compareFacts, compareStatuses, mismatchKind, type ExpectedRow } from './compare.ts';

const BODIES = Number(process.env.SYNTH_BODIES ?? 22);
const SEED = process.env.SYNTH_SEED ?? 'golden-12';
const RATE = Number(process.env.SYNTH_RATE ?? 0.15);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe(`synthetic corpus (seed ${SEED}, ${BODIES} bodies)`, () => {
  let reports: SynthReport[];
  let injected: Injected[];
  let files: RenderedFile[];
  let rows: LongRows[];
  let batch: BatchOutput;
  const facts = new Map<string, Fact[]>();

  beforeAll(async () => {
    const series = [
      ...corpus({ seed: SEED, bodies: BODIES, from: 2008, to: 2025, anomalyRate: RATE }),
    ];
    reports = series.flatMap((s) => s.reports);
    injected = series.flatMap((s) => s.anomalies);
    rows = series.flatMap((s) => [...seriesRows(s)]);
    files = reports.map(renderFile);
    const encoder = new TextEncoder();
    batch = await extractBatch(
      files.map((f) => ({ name: f.name, bytes: encoder.encode(f.content) })),
    );
    for (const f of batch.facts) facts.set(f.report_id, [...(facts.get(f.report_id) ?? []), f]);
  }, 240_000);

  it('covers every template, flattening style and anomaly kind', () => {
    const count = (list: string[]) =>
      list.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
    const templates = count(reports.map((r) => r.template));
    const styles = count(reports.map((r) => r.style));
    const kinds = count(injected.map((a) => a.type));
    console.log({ reports: reports.length, templates, styles, anomalies: kinds });
    for (const t of Object.keys(TEMPLATES)) expect(templates[t], t).toBeGreaterThan(0);
    for (const s of Object.keys(STYLE_WEIGHTS)) expect(styles[s], s).toBeGreaterThan(0);
    for (const k of [...ANOMALY_KINDS, 'missing_year'])
      expect(kinds[k], k).toBeGreaterThanOrEqual(2);
    // Variants real pages print: mirrors in traditional characters, zeros left empty or '-',
    // the Jilin line under table 二.
    const cells = reports.flatMap((r) => printedCells(r.blocks));
    expect(reports.some((r) => r.traditional)).toBe(true);
    expect(cells.some((c) => c.printed === '')).toBe(true);
    expect(cells.some((c) => c.printed === '-')).toBe(true);
    expect(cells.some((c) => c.metric === 't2_local_total_published')).toBe(true);
  });

  it('extracts to exactly its truth: 0 wrong, 0 missing, 0 invented cells', () => {
    const tally = { cells: 0, wrong: 0, missing: 0, invented: 0 };
    const examples: string[] = [];
    for (const r of reports) {
      const expected: ExpectedRow[] = truthRows(r).map((t) => ({
        ...t,
        value: t.value === null ? '' : String(t.value),
      }));
      const got = facts.get(r.stem) ?? [];
      const mismatches = [
        ...compareFacts(expected, got, { allTextListed: true }),
        ...compareStatuses(expected, got),
      ];
      tally.cells += expected.length;
      for (const m of mismatches) {
        tally[mismatchKind(m)]++;
        if (examples.length < 10) examples.push(`${r.stem} ${m.key}: ${m.expected} vs ${m.actual}`);
      }
    }
    console.log(tally);
    expect(examples).toEqual([]);
    expect(tally.cells).toBeGreaterThan(30_000);
  });

  it('reads every report’s metadata as generated (body, key, place, year, format, URL)', () => {
    const byId = new Map(batch.reports.map((r) => [r.report_id, r]));
    const wrong: string[] = [];
    reports.forEach((r, i) => {
      const want = reportTruth(r, files[i]!.name);
      const got = byId.get(r.stem) as unknown as Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(want))
        if (String(got?.[k] ?? '') !== String(v ?? ''))
          wrong.push(`${r.stem} ${k}: ${v} vs ${got?.[k]}`);
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('the anomaly detection finds every injected anomaly, and nothing on clean reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-synth-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'reports.csv'), toCsv(REPORT_COLUMNS, batch.reports));
    writeFileSync(join(dir, 'facts.csv'), toCsv(FACT_COLUMNS, batch.facts));
    writeFileSync(join(dir, 'checks.csv'), toCsv(CHECK_COLUMNS, batch.checks));
    copyFileSync('data/metrics.csv', join(dir, 'metrics.csv'));
    const db = await openNodeDb(dir);
    const findings = await db.all<Anomaly>(anomaliesQuery());
    db.close();
    const s = score(injected, findings);
    console.table(
      Object.fromEntries(
        Object.entries(s.recall).map(([k, v]) => [k, { ...v, recall: v.found / v.injected }]),
      ),
    );
    console.table(s.findings);
    expect(s.missed).toEqual([]);
    expect(s.falsePositives).toEqual([]);
  }, 60_000);

  it('--tables writes what the extractor writes for the rendered files', () => {
    const key = (f: Fact) =>
      `${f.report_id}|${f.metric_id}|${f.applicant_type}|${f.period}|${f.source}`;
    const value = (f: Fact) => `${f.value}|${f.value_raw}|${f.value_status}|${f.label_raw}`;
    const extracted = new Map(batch.facts.map((f) => [key(f), value(f)]));
    const ours = rows.flatMap((r) => r.facts);
    expect(ours.length).toBe(batch.facts.length);
    expect(ours.filter((f) => extracted.get(key(f)) !== value(f)).slice(0, 5)).toEqual([]);
    const checks = (list: { report_id: string; check_id: string }[]) =>
      list.map((c) => JSON.stringify(c)).sort();
    expect(checks(rows.flatMap((r) => r.checks))).toEqual(checks(batch.checks));
    const text = files.filter((f) => f.name.endsWith('.txt')).map((f) => f.name);
    // Text files: the offsets and source lines too (HTML is measured on its pipe rows).
    const byId = new Map(batch.facts.map((f) => [key(f), f]));
    const offsets = ours.filter((f) => text.includes(`${f.report_id}.txt`));
    expect(
      offsets
        .filter((f) => {
          const e = byId.get(key(f))!;
          return e.char_start !== f.char_start || e.context !== f.context || e.note !== f.note;
        })
        .slice(0, 5),
    ).toEqual([]);
    expect(rows.map((r) => r.report)).toEqual(
      rows.map((r) => batch.reports.find((b) => b.report_id === r.report.report_id)),
    );
  }, 30_000);
});
