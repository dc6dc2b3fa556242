import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS } from '../../../src/lib/extract/csv.ts';
import { INJECTED_COLUMNS } from '../../../src/lib/synth/anomalies.ts';
import { TRUTH_HEADER } from '../../../src/lib/synth/truth.ts';

const root = mkdtempSync(join(tmpdir(), 'nianbao-synth-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Run the CLI into a fresh folder; every file under it, by relative path. */
function synth(name: string, ...args: string[]): Map<string, string> {
  const out = join(root, name);
  const tsx = join('node_modules', '.bin', 'tsx');
  execFileSync(tsx, ['scripts/synth.ts', '--bodies', '5', '--out', out, ...args], {
    stdio: 'pipe',
  });
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(out, path), readFileSync(path, 'utf8'));
    }
  };
  walk(out);
  return files;
}

describe('npm run synth', () => {
  const a = synth('a', '--seed', '42');
  const t = synth('t', '--seed', '42', '--tables');

  it('writes the same bytes for the same seed (files, truth, tables, anomalies)', () => {
    expect(synth('b', '--seed', '42')).toEqual(a);
    expect(synth('tb', '--seed', '42', '--tables')).toEqual(t);
  });

  it('writes another corpus for another seed', () => {
    expect(synth('c', '--seed', '43').get('truth/reports.tsv')).not.toBe(
      a.get('truth/reports.tsv'),
    );
  });

  it('writes one report file and one truth file per report, in the corpus layout', () => {
    const reports = [...a.keys()].filter((k) => k.startsWith('reports/'));
    const truths = [...a.keys()].filter((k) => k.startsWith('truth/') && k !== 'truth/reports.tsv');
    expect(reports.length).toBeGreaterThan(20);
    expect(truths.map((k) => k.slice(6, -4))).toEqual(
      reports.map((k) => k.slice(8).replace(/\.\w+$/, '')),
    );
    for (const k of truths) expect(a.get(k)!.split('\n')[0]).toBe(TRUTH_HEADER);
    expect(a.get('truth/reports.tsv')!.trim().split('\n')).toHaveLength(reports.length + 1);
    expect(a.get('anomalies.tsv')!.split('\n')[0]).toBe(INJECTED_COLUMNS.join('\t'));
  });

  it('--tables writes the CLI’s CSVs with exactly its columns, and the same reports and anomalies', () => {
    expect(t.get('reports.csv')!.split('\n')[0]).toBe(REPORT_COLUMNS.join(','));
    expect(t.get('facts.csv')!.split('\n')[0]).toBe(FACT_COLUMNS.join(','));
    expect(t.get('checks.csv')!.split('\n')[0]).toBe(CHECK_COLUMNS.join(','));
    expect(t.get('metrics.csv')).toBe(readFileSync('data/metrics.csv', 'utf8'));
    expect(t.get('anomalies.tsv')).toBe(a.get('anomalies.tsv'));
    const ids = (csv: string) =>
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]);
    expect(ids(t.get('reports.csv')!)).toEqual(
      a
        .get('truth/reports.tsv')!
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    );
  });
}, 120_000);
