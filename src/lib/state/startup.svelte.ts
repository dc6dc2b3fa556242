/**
 * Start-up state of the database: progress while DuckDB-WASM starts and attaches the data, or the
 * error that stopped it. Views paint from pre-aggregates without it; it starts after their first
 * paint (or at once, when a view's first query needs it).
 */
import { DataFileError } from '../db/dataFileError.ts';
import { startDb } from '../db/duckdb.ts';
import type { LoadProgress } from '../db/loadProgress.ts';

class Startup {
  progress = $state<LoadProgress | null>(null);
  ready = $state(false);
  error = $state<{ file: string | null; message: string } | null>(null);

  async run(): Promise<void> {
    try {
      await startDb((p) => (this.progress = p));
      this.ready = true;
    } catch (err) {
      this.error =
        err instanceof DataFileError
          ? { file: err.file, message: err.reason }
          : { file: null, message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Starts the database once the page has painted what it has (two frames, then idle). */
  runAfterPaint(): void {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => this.run(), 0)));
  }
}

export const startup = new Startup();
