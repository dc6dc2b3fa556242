/**
 * Golden test over the real reports of ../shared/corpus: every hand-checked cell of
 * expected/<stem>.tsv. Skipped when ../shared is absent (a clone elsewhere).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBatch } from '../../src/lib/extract/batch.ts';
import type { Fact } from '../../src/lib/extract/types.ts';
import { compareFacts, parseExpected } from './compare.ts';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(join(corpus, 'expected'));
const TEXT_TYPES = /\.(txt|md)$/;

function run() {
  const raw = join(corpus, 'raw');
  const files = readdirSync(raw)
    .filter((f) => TEXT_TYPES.test(f))
    .sort();
  return extractBatch(
    files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(raw, f))) })),
  );
}

function writeActual(stem: string, facts: Fact[]): string {
  const dir = fileURLToPath(new URL('./actual/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const lines = ['metric_id\tapplicant_type\tperiod\tsource\tvalue\tstatus\tnote'];
  for (const f of facts)
    lines.push(
      [
        f.metric_id,
        f.applicant_type,
        f.period,
        f.source,
        f.value ?? '',
        f.value_status,
        f.note,
      ].join('\t'),
    );
  const path = join(dir, `${stem}.tsv`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe.skipIf(!present)('corpus golden', () => {
  const batch = present ? run() : null;
  const expectedFiles = present
    ? readdirSync(join(corpus, 'expected'))
        .filter((f) => f.endsWith('.tsv'))
        .sort()
    : [];

  for (const file of expectedFiles) {
    const stem = file.replace(/\.tsv$/, '');
    const hasText =
      present &&
      readdirSync(join(corpus, 'raw')).some((f) => f.startsWith(`${stem}.`) && TEXT_TYPES.test(f));
    it.skipIf(!hasText)(`${stem}: every hand-checked cell`, () => {
      const facts = batch!.facts.filter((f) => f.report_id === stem);
      const mismatches = compareFacts(
        parseExpected(readFileSync(join(corpus, 'expected', file), 'utf8')),
        facts,
      );
      if (mismatches.length) {
        const path = writeActual(stem, facts);
        expect.soft(mismatches, `actual facts written to ${path}`).toEqual([]);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('二道区 2017: 59 table cells, the failed 复议 split and the 诉讼 text/table disagreement', () => {
    const id = 'jilin-changchun-erdao-2017';
    const facts = batch!.facts.filter((f) => f.report_id === id);
    const table = facts.filter((f) => f.source === 'table' && f.value !== null);
    expect(table).toHaveLength(59);
    const review = batch!.checks.find((c) => c.report_id === id && c.check_id === 'P_review_split');
    expect(review).toMatchObject({ status: 'fail', lhs: 22, rhs: 21, delta: 1 });
    const text = facts.find((f) => f.metric_id === 'text_litig_total' && f.source === 'text');
    const litig = facts.find((f) => f.metric_id === 'litig_total' && f.source === 'table');
    expect(text?.value).toBe(0);
    expect(litig?.value).toBe(3);
    const versus = batch!.checks.find(
      (c) =>
        c.report_id === id &&
        c.check_id === 'P_text_vs_table' &&
        c.metric_id === 'text_litig_total',
    );
    expect(versus).toMatchObject({ status: 'fail', lhs: 0, rhs: 3 });
  });

  it('平潭综合实验区 2022: the text says 收到75件 while table 三 says 74', () => {
    const check = batch!.checks.find(
      (c) => c.report_id === 'fujian-pingtan-shiyanqu-2022' && c.check_id === 'T3_text_received',
    );
    expect(check).toMatchObject({ status: 'fail', lhs: 75, rhs: 74 });
  });

  it('the template .docx is listed as unsupported for now, never read as empty success', () => {
    const raw = join(corpus, 'raw');
    const docx = readdirSync(raw).find((f) => f.endsWith('.docx'));
    if (!docx) return;
    const out = extractBatch([
      { name: docx, bytes: new Uint8Array(readFileSync(join(raw, docx))) },
    ]);
    expect(out.reports[0]).toMatchObject({ status: 'unsupported' });
    expect(out.facts).toHaveLength(0);
  });
});
