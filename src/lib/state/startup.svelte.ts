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

  /**
   * Starts the database once the view has painted its first data (a `data-drawn` or
   * `data-partial` mark appears), so the wasm and worker downloads never compete with it; at the
   * latest after `fallbackMs`. A view whose first query needs the database starts it itself.
   */
  runAfterFirstPaint(fallbackMs = 2000): void {
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => this.run(), 0));
    };
    const painted = () =>
      document.querySelector('[data-drawn]:not([data-drawn=""]), [data-partial]') !== null;
    const observer = new MutationObserver(() => painted() && go());
    const timer = setTimeout(go, fallbackMs);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-drawn', 'data-partial'],
    });
    if (painted()) go();
  }
}

export const startup = new Startup();
