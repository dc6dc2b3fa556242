/**
 * data/ is up to date with corpus/: the folders of `npm run data` are extracted again by the CLI
 * into a temporary folder and every CSV must equal the committed one, byte for byte. A failure
 * means the extractor, the catalogue or the corpus changed without `npm run data`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath } from '../corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['corpus/raw', 'corpus/html', 'corpus/unlabelled'];
const FILES = ['reports.csv', 'facts.csv', 'checks.csv', 'metrics.csv'];

/** The first lines that differ, by line number, as `-committed` / `+rebuilt` pairs. */
function firstDifferences(committed: string, rebuilt: string, limit = 5): string[] {
  const a = committed.split('\n');
  const b = rebuilt.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < limit * 2; i++) {
    if (a[i] === b[i]) continue;
    out.push(
      `${i + 1}-${(a[i] ?? '(none)').slice(0, 160)}`,
      `${i + 1}+${(b[i] ?? '(none)').slice(0, 160)}`,
    );
  }
  return out;
}

describe('data/ is what `npm run data` makes of corpus/', () => {
  let out = '';
  beforeAll(() => {
    for (const folder of FOLDERS) corpusPath(folder.replace(/^corpus\//, ''));
    out = mkdtempSync(join(tmpdir(), 'nianbao-data-'));
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract.ts', ...FOLDERS, '--out', out],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'UTC' } },
    );
  }, 120_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('package.json `data` extracts the same folders into data/', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.data).toContain(`scripts/extract.ts ${FOLDERS.join(' ')} --out data`);
  });

  it('the rebuild writes the same files', () => {
    expect(readdirSync(out).sort()).toEqual([...FILES].sort());
  });

  it.each(FILES)('data/%s is up to date (else run npm run data and read the diff)', (name) => {
    const committed = readFileSync(join(root, 'data', name), 'utf8');
    const rebuilt = readFileSync(join(out, name), 'utf8');
    if (committed !== rebuilt) expect(firstDifferences(committed, rebuilt)).toEqual([]);
    expect(rebuilt.length).toBeGreaterThan(0);
  });
});
