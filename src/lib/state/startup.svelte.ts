/** Start-up state: progress while the database and data load, or the error that stopped it. */
import { DataFileError } from '../db/dataFileError.ts';
import { startDb } from '../db/duckdb.ts';
import type { LoadProgress } from '../db/loadProgress.ts';
import { catalogue } from './catalogue.svelte.ts';

class Startup {
  progress = $state<LoadProgress | null>(null);
  ready = $state(false);
  error = $state<{ file: string | null; message: string } | null>(null);

  async run(): Promise<void> {
    try {
      await startDb((p) => (this.progress = p));
      this.ready = true;
      // The catalogue (pickers, labels) loads after the first view has sent its own queries,
      // so the first chart does not wait behind it in the database worker's queue.
      setTimeout(() => {
        catalogue.load().then(
          () => performance.mark('nianbao:catalogue'),
          (err: unknown) => (this.error = { file: null, message: String(err) }),
        );
      }, 0);
    } catch (err) {
      this.error =
        err instanceof DataFileError
          ? { file: err.file, message: err.reason }
          : { file: null, message: err instanceof Error ? err.message : String(err) };
    }
  }
}

export const startup = new Startup();
