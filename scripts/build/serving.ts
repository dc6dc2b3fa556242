/**
 * Builds what the app serves from a folder of the CLI's CSVs (`data/` or any other): the read-only
 * database file the browser attaches (`nianbao.duckdb`), the pre-aggregates each view paints first
 * from (`pre/`), and the full dataset as CSV and Parquet downloads.
 */
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE, type PreManifest } from '../../src/lib/preagg/files.ts';
import { quoteLiteral } from '../../src/lib/sql/quote.ts';
import { TABLES, createTableFromCsv } from '../../src/lib/sql/tables.ts';
import { csvHeader, openNodeDb } from '../lib/nodeDb.ts';
import { writePre } from './writePre.ts';

export interface ServingBuild {
  manifest: PreManifest;
  dbBytes: number;
  seconds: number;
  /** Seconds per step, in order. */
  steps: [string, number][];
}

/** Writes `<outDir>/nianbao.duckdb`, `<outDir>/pre/` and `<outDir>/download/` from `dataDir`. */
export async function buildServing(dataDir: string, outDir: string): Promise<ServingBuild> {
  const t0 = performance.now();
  const steps: [string, number][] = [];
  let last = t0;
  const step = (name: string) => {
    const now = performance.now();
    steps.push([name, (now - last) / 1000]);
    last = now;
    if (process.env.NIANBAO_BUILD_LOG)
      console.error(`serving data: ${name} ${((now - t0) / 1000).toFixed(1)} s`);
  };
  const db = await openNodeDb(dataDir);
  step('load CSVs and serving schema');
  try {
    mkdirSync(outDir, { recursive: true });
    const dbPath = join(outDir, DB_FILE);
    await db.writeServingFile(dbPath);
    step('database file');
    rmSync(join(outDir, 'pre'), { recursive: true, force: true });
    const manifest = await writePre(db, join(outDir, 'pre'), step);
    const download = join(outDir, 'download');
    mkdirSync(download, { recursive: true });
    for (const table of TABLES) {
      copyFileSync(join(dataDir, `${table}.csv`), join(download, `${table}.csv`));
      // Each table as the CLI wrote it (facts with its evidence strings), typed as the app reads it.
      const csv = join(dataDir, `${table}.csv`);
      const header = csvHeader(csv);
      await db.run(createTableFromCsv(table, csv, header, 'download'));
      await db.run(
        `COPY download TO ${quoteLiteral(join(download, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`,
      );
      await db.run(`DROP TABLE download`);
    }
    step('downloads');
    return {
      manifest,
      dbBytes: statSync(dbPath).size,
      seconds: (performance.now() - t0) / 1000,
      steps,
    };
  } finally {
    db.close();
  }
}
