/**
 * Vite plugin: at build time, runs the app's own `conceptSnapshotQuery` over the committed data in
 * Node DuckDB and ships the result as `data/concept-series.json`, so Compare can draw before
 * DuckDB-WASM has started in the browser.
 */
import type { Plugin } from 'vite';
import { conceptSnapshotQuery } from '../../src/lib/sql/seriesQuery.ts';
import { openNodeDb } from '../lib/nodeDb.ts';

export async function conceptSnapshot(dir = 'data'): Promise<string> {
  const db = await openNodeDb(dir);
  try {
    const rows = await db.all(conceptSnapshotQuery());
    const columns = rows.length ? Object.keys(rows[0]!) : [];
    return JSON.stringify({ columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) });
  } finally {
    db.close();
  }
}

export function snapshotPlugin(dir = 'data'): Plugin {
  return {
    name: 'nianbao-concept-snapshot',
    apply: 'build',
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'data/concept-series.json',
        source: await conceptSnapshot(dir),
      });
    },
  };
}
