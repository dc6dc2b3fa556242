/**
 * Golden test over the real reports of corpus/: every hand-checked cell of expected/<stem>.tsv,
 * for the text, PDF and HTML versions. A missing corpus fails the file (tests/corpus.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractBatch, type BatchOutput } from '../../src/lib/pipeline/extractBatch.ts';
import type { Fact } from '../../src/lib/extract/types.ts';
import { corpusFiles, corpusPath, loadCorpus } from '../corpus.ts';
import { compareFacts, factsToTsv, parseExpected } from './compare.ts';

function writeActual(stem: string, facts: Fact[]): string {
  const dir = fileURLToPath(new URL('./actual/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${stem}.tsv`);
  writeFileSync(path, factsToTsv(facts));
  return path;
}

function check(stem: string, batch: BatchOutput, resolvedInSource: boolean) {
  const facts = batch.facts.filter((f) => f.report_id === stem);
  const expected = parseExpected(readFileSync(corpusPath(`expected/${stem}.tsv`), 'utf8'));
  const mismatches = compareFacts(expected, facts, { ambiguousHasValue: resolvedInSource });
  if (mismatches.length)
    expect(mismatches, `actual facts: ${writeActual(stem, facts)}`).toEqual([]);
}

describe('corpus golden', () => {
  const raw = corpusFiles('raw');
  const html = corpusFiles('html', /\.html$/);
  const expected = corpusFiles('expected', /\.tsv$/).map((f) => f.replace(/\.tsv$/, ''));
  let rawBatch: BatchOutput;
  let htmlBatch: BatchOutput;
  beforeAll(async () => {
    rawBatch = await extractBatch(loadCorpus('raw', raw));
    htmlBatch = await extractBatch(loadCorpus('html', html));
  }, 120_000);

  it('every expected/<stem>.tsv has its report in raw/ (23 reports, 22 with expected values)', () => {
    expect(raw).toHaveLength(23);
    expect(expected).toHaveLength(22);
    expect(expected.filter((stem) => !raw.some((f) => f.startsWith(`${stem}.`)))).toEqual([]);
  });

  for (const stem of expected) {
    const file = raw.find((f) => f.startsWith(`${stem}.`)) ?? `${stem}.?`;
    it(`${file}: every hand-checked cell`, () => check(stem, rawBatch, false));
    if (html.includes(`${stem}.html`)) {
      // The HTML prints every cell explicitly: cells ambiguous in the text are read there.
      it(`${stem}.html: the values of its text twin, ambiguous ones included`, () =>
        check(stem, htmlBatch, true));
    }
  }

  it('二道区 2017: 59 table cells, the failed 复议 split and the 诉讼 text/table disagreement', () => {
    const id = 'jilin-changchun-erdao-2017';
    const facts = rawBatch.facts.filter((f) => f.report_id === id);
    expect(facts.filter((f) => f.source === 'table' && f.value !== null)).toHaveLength(59);
    const review = rawBatch.checks.find(
      (c) => c.report_id === id && c.check_id === 'P_review_split',
    );
    expect(review).toMatchObject({ status: 'fail', lhs: 22, rhs: 21, delta: 1 });
    expect(facts.find((f) => f.metric_id === 'text_litig_total')?.value).toBe(0);
    expect(facts.find((f) => f.metric_id === 'litig_total')?.value).toBe(3);
    const versus = rawBatch.checks.find(
      (c) =>
        c.report_id === id &&
        c.check_id === 'P_text_vs_table' &&
        c.metric_id === 'text_litig_total',
    );
    expect(versus).toMatchObject({ status: 'fail', lhs: 0, rhs: 3 });
  });

  it('平潭综合实验区 2022: the text says 收到75件 while table 三 says 74', () => {
    const check = rawBatch.checks.find(
      (c) => c.report_id === 'fujian-pingtan-shiyanqu-2022' && c.check_id === 'T3_text_received',
    );
    expect(check).toMatchObject({ status: 'fail', lhs: 75, rhs: 74 });
  });

  it('洪泽区 2023 PDF: 复议 总计 0 vs its parts 11 is the report’s own failed identity', () => {
    const check = rawBatch.checks.find(
      (c) => c.report_id === 'jiangsu-huaian-hongzequ-2023' && c.check_id === 'T4_rev',
    );
    expect(check).toMatchObject({ status: 'fail', lhs: 0, rhs: 11 });
  });

  it('the blank national 2021 form (.docx) is a t2021 report with every cell blank and no value', () => {
    const id = 'template-2021-national-blank-form';
    const report = rawBatch.reports.find((r) => r.report_id === id);
    expect(report).toMatchObject({ format_version: 't2021' });
    const table = rawBatch.facts.filter((f) => f.report_id === id && f.source === 'table');
    expect(table.length).toBeGreaterThanOrEqual(200);
    expect(table.filter((f) => f.value_status !== 'derived').every((f) => f.value === null)).toBe(
      true,
    );
    expect(table.filter((f) => f.value_status === 'blank').length).toBeGreaterThanOrEqual(200);
  });
});
