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
import { compareFacts, compareStatuses, factsToTsv, parseExpected } from '../../golden/compare.ts';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'input.txt')))
  .map((d) => d.name)
  .sort();

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
      const statusMismatches = compareStatuses(expected, facts).map(
        (m) => `${m.key}: expected ${m.expected}, got ${m.actual}`,
      );
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
