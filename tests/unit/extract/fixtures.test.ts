/**
 * Golden directories (STYLE.md): every `tests/fixtures/<case>/input.txt` is extracted and compared
 * with its hand-written `expected.tsv` (provenance in tests/fixtures/README.md). On a mismatch the
 * facts are written to `actual.tsv` beside the input, to diff by hand; nothing here writes
 * expected.tsv (it comes from reading the input, never from the extractor).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/index.ts';
import type { Fact } from '../../../src/lib/extract/types.ts';
import { compareFacts, factsToTsv, parseExpected, type ExpectedRow } from '../../golden/compare.ts';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'input.txt')))
  .map((d) => d.name)
  .sort();

/**
 * compareFacts checks values of reported/resolved cells and ambiguity; the statuses it leaves
 * alone (our imputed zeros and derived totals, blanks, missing rows) are checked here.
 */
function compareStatuses(expected: ExpectedRow[], facts: Fact[]): string[] {
  const byKey = new Map(
    facts.map((f) => [`${f.metric_id}|${f.applicant_type}|${f.period}|${f.source}`, f]),
  );
  const out: string[] = [];
  for (const e of expected) {
    if (['reported', 'resolved', 'ambiguous'].includes(e.status)) continue;
    const key = `${e.metric_id}|${e.applicant_type}|${e.period}|${e.source}`;
    const f = byKey.get(key);
    const want = e.value === '' ? null : Number(e.value);
    if (!f || f.value_status !== e.status || f.value !== want)
      out.push(
        `${key}: expected ${e.value || '∅'} (${e.status}), got ${f ? `${f.value ?? '∅'} (${f.value_status})` : 'absent'}`,
      );
  }
  return out;
}

describe('golden fixtures', () => {
  it('finds the fixture directories', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(`extractReport(${name}/input.txt) matches expected.tsv`, () => {
      const dir = join(root, name);
      const text = readFileSync(join(dir, 'input.txt'), 'utf8');
      const { facts } = extractReport({ text, reportId: name });
      const expectedPath = join(dir, 'expected.tsv');
      const expected = parseExpected(readFileSync(expectedPath, 'utf8'));
      const mismatches = compareFacts(expected, facts);
      const statusMismatches = compareStatuses(expected, facts);
      if (mismatches.length || statusMismatches.length)
        writeFileSync(join(dir, 'actual.tsv'), factsToTsv(facts));
      expect(mismatches, `facts written to ${join(dir, 'actual.tsv')}`).toEqual([]);
      expect(statusMismatches).toEqual([]);
      expect(expected.length).toBeGreaterThan(0);
    });
  }

  it('pre2019-local-cumulative-run-together: without its narrative figure the total stays ambiguous', () => {
    const dir = join(root, 'pre2019-local-cumulative-run-together');
    const text = readFileSync(join(dir, 'input.txt'), 'utf8').replace(
      '主动公开政府信息320条',
      '主动公开政府信息若干条',
    );
    const { facts } = extractReport({ text, reportId: 'no-narrative' });
    const total = facts.filter((f) => f.metric_id === 'pro_info_total');
    expect(total.map((f) => [f.period, f.value, f.value_status])).toEqual([
      ['year', null, 'ambiguous'],
      ['cumulative', null, 'ambiguous'],
    ]);
    expect(total[0]!.note).toContain('3|201450; 320|1450');
  });
});
