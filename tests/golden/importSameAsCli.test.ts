/**
 * The browser's import gives the CLI's answers: the corpus's real reports (corpus/raw, with its
 * PDFs and .docx, and corpus/html) go through `importFiles` (the module the page's import worker
 * runs) and through `npm run extract` as a child process, and the three CSVs must be identical.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeWalkFs } from '../../scripts/lib/nodeWalkFs.ts';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS, toCsv } from '../../src/lib/extract/csv.ts';
import { importFiles } from '../../src/lib/import/importFiles.ts';
import type { BatchOutput } from '../../src/lib/pipeline/collectResults.ts';
import { walkInputs } from '../../src/lib/pipeline/walkInputs.ts';
import { corpusPath } from '../corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['corpus/raw', 'corpus/html'];

describe('import in the page = npm run extract, on the corpus', () => {
  let out = '';
  let batch: BatchOutput;
  let lines = 0;
  beforeAll(async () => {
    for (const folder of FOLDERS) corpusPath(folder.replace(/^corpus\//, ''));
    out = mkdtempSync(join(tmpdir(), 'nianbao-import-cli-'));
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract.ts', ...FOLDERS, '--out', out],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'UTC' } },
    );
    // The files in the order the CLI walks them (a drop gives them in its own order; ids of
    // same-named files depend on it).
    const walk = walkInputs(
      FOLDERS.map((f) => join(root, f)),
      nodeWalkFs,
      {},
    );
    const files = walk.entries.flatMap((e) =>
      e.kind === 'problem'
        ? []
        : [
            {
              name: e.path,
              size: e.size,
              bytes: async () => new Uint8Array(await readFile(e.path)),
            },
          ],
    );
    batch = await importFiles(files, () => lines++);
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const cli = (file: string) => readFileSync(join(out, file), 'utf8');

  it('reads every file, with a line for each', () => {
    expect(lines).toBeGreaterThanOrEqual(25);
    expect(batch.reports.filter((r) => r.source_file.endsWith('.pdf')).length).toBe(3);
  });
  it('gives identical facts', () => {
    expect(batch.facts.length).toBeGreaterThan(1000);
    expect(toCsv(FACT_COLUMNS, batch.facts)).toBe(cli('facts.csv'));
  });
  it('gives identical checks', () => {
    expect(toCsv(CHECK_COLUMNS, batch.checks)).toBe(cli('checks.csv'));
  });
  it('gives identical reports', () => {
    expect(toCsv(REPORT_COLUMNS, batch.reports)).toBe(cli('reports.csv'));
  });
});
