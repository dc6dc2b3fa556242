/**
 * The user's own reports in the page: dropped files go to the import worker, CSVs are checked
 * here, results are kept in the browser (IndexedDB) and loaded into DuckDB beside the
 * shipped data; the data switch picks shipped, own or both. While the user's rows are shown the
 * views read DuckDB (the build's pre-aggregates know only the shipped data).
 */
import { configure, holdQueries } from '../db/duckdb.ts';
import { importCsvs, type CsvFileLine } from '../import/csvImport.ts';
import type { FileLine } from '../import/fileLine.ts';
import { userCsvs, type KeptReport } from '../import/userReports.ts';
import { openUserStore, type UserStore } from '../import/userStore.ts';
import type { WorkerReply, WorkerRequest } from '../import/workerMessages.ts';
import { holdPre, setPreReader } from '../preagg/fetchPre.ts';
import { dataModeSetup, userCsvFile, USER_TABLES, type DataMode } from '../sql/userTables.ts';
import { anomalyCounts } from './anomalyCounts.svelte.ts';
import { catalogue } from './catalogue.svelte.ts';
import { splitDrop, type DroppedFile } from './dropFiles.ts';

/** One drop of files: its progress and a line per file. */
export interface ImportBatch {
  id: number;
  total: number;
  done: number;
  lines: (FileLine | null)[];
  names: string[];
  csv: CsvFileLine[];
  /** Reports kept from this batch (null while it runs). */
  kept: number | null;
  failed: string | null;
}

const MODE_KEY = 'nianbao:data-mode';
/** How long the views wait for the kept reports before painting the shipped data anyway. */
const DECIDE_WAIT_MS = 3000;

class UserData {
  /** Raw: replaced as a whole, never changed in place. */
  reports = $state.raw<KeptReport[]>([]);
  mode = $state<DataMode>('both');
  batches = $state<ImportBatch[]>([]);
  usage = $state<number | null>(null);
  storeKind = $state<UserStore['kind'] | null>(null);
  /** Bumped whenever the data the views read changes: the app shell remounts the view. */
  epoch = $state(0);
  private store: Promise<UserStore> | null = null;
  private worker: Worker | null = null;
  private nextBatch = 1;
  /** Whether the database reads anything but the shipped file now. */
  private mixed = false;

  /** Settles once the page knows which data it shows (or has stopped waiting to know). */
  private decided: Promise<void>;
  private decide: () => void = () => {};
  private waitedOut = false;

  constructor() {
    this.decided = new Promise<void>((resolve) => (this.decide = resolve));
    // Views mount at once; their reads wait until the kept reports are known, so a reload
    // with the user's rows never paints the shipped pre-aggregates in their place.
    holdPre(this.decided);
    holdQueries(this.decided);
  }

  /** Reads the kept reports and points the database at them; views read after it. */
  async init(): Promise<void> {
    // A store that never answers (another tab upgrading it) does not keep the page blank.
    const timer = setTimeout(() => {
      this.waitedOut = true;
      this.decide();
    }, DECIDE_WAIT_MS);
    try {
      const saved = localStorage.getItem(MODE_KEY);
      if (saved === 'own' || saved === 'both' || saved === 'shipped') this.mode = saved;
      const store = await this.openStore();
      this.reports = await store.list();
      if (this.reports.length) {
        // apply() swaps the reader and queues the tables before its first await: reads
        // released now see the user's rows. Views that already painted the shipped data
        // (the store was slow) are remounted.
        const applied = this.apply(this.waitedOut);
        this.decide();
        await applied;
      }
      void this.measure();
    } catch {
      // Without a store the shipped data still shows; the panel says nothing is kept.
    } finally {
      clearTimeout(timer);
      this.decide();
    }
  }

  /** Imports a drop: report files through the worker, the CLI's CSVs here. */
  async importDrop(files: readonly DroppedFile[]): Promise<void> {
    if (!files.length) return;
    const { reports, csvs } = splitDrop(files);
    const batch: ImportBatch = {
      id: this.nextBatch++,
      total: files.length,
      done: 0,
      lines: reports.map(() => null),
      names: reports.map((f) => f.name),
      csv: [],
      kept: null,
      failed: null,
    };
    this.batches = [batch, ...this.batches];
    const live = () => this.batches.find((b) => b.id === batch.id)!;
    let entries: KeptReport[] = [];
    const store = await this.openStore();
    if (csvs.length) {
      const texts = await Promise.all(
        csvs.map(async (f) => ({ name: f.name, text: await f.file.text() })),
      );
      const result = importCsvs(texts);
      live().csv = result.lines;
      live().done += csvs.length;
      entries = result.entries;
      await store.put(entries);
    }
    if (reports.length) {
      try {
        // The worker has written its reports to the store.
        entries = [...entries, ...(await this.extract(batch.id, reports, live))];
      } catch (error) {
        live().failed = error instanceof Error ? error.message : String(error);
      }
    }
    const ids = new Set(entries.map((e) => e.id));
    this.reports = [...this.reports.filter((r) => !ids.has(r.id)), ...entries];
    live().kept = entries.length;
    if (entries.length) await this.apply();
    void this.measure();
  }

  async remove(id: string): Promise<void> {
    await (await this.openStore()).remove(id);
    this.reports = this.reports.filter((r) => r.id !== id);
    await this.apply();
    void this.measure();
  }

  async clear(): Promise<void> {
    await (await this.openStore()).clear();
    this.reports = [];
    await this.apply();
    void this.measure();
  }

  async setMode(mode: DataMode): Promise<void> {
    this.mode = mode;
    localStorage.setItem(MODE_KEY, mode);
    await this.apply();
  }

  /** Points the database (and the pre-aggregate reader) at the data of the current mode. */
  private async apply(remount = true): Promise<void> {
    const mixed = this.reports.length > 0 && this.mode !== 'shipped';
    if (!mixed && !this.mixed) return;
    this.mixed = mixed;
    // The build's pre-aggregates hold the shipped data only: with the user's rows, ask DuckDB.
    setPreReader(mixed ? () => Promise.resolve(null) : null);
    const csv = userCsvs(mixed ? this.reports : []);
    const files = Object.fromEntries(USER_TABLES.map((t) => [userCsvFile(t), csv[t]]));
    await configure(mixed ? files : {}, dataModeSetup(mixed ? this.mode : 'shipped'));
    if (!remount) return;
    catalogue.reset();
    anomalyCounts.reset();
    await catalogue.load();
    this.epoch++;
  }

  private extract(
    batch: number,
    files: readonly DroppedFile[],
    live: () => ImportBatch,
  ): Promise<KeptReport[]> {
    const worker = this.startWorker();
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.batch !== batch) return;
        if (reply.kind === 'file') {
          const b = live();
          b.lines[reply.index] = reply.line;
          b.done += 1;
          return;
        }
        worker.removeEventListener('message', onMessage);
        if (reply.kind === 'failed') reject(new Error(reply.message));
        else resolve(reply.entries);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
      const request: WorkerRequest = {
        batch,
        files: files.map(({ name, file }) => ({ name, file })),
      };
      worker.postMessage(request);
    });
  }

  /**
   * Starts the import worker (once): called when the import panel opens, so the worker has
   * loaded the extractor by the time files come.
   */
  startWorker(): Worker {
    return (this.worker ??= new Worker(new URL('../import/importWorker.ts', import.meta.url), {
      type: 'module',
    }));
  }

  private openStore(): Promise<UserStore> {
    this.store ??= openUserStore().then((s) => ((this.storeKind = s.kind), s));
    return this.store;
  }

  private async measure(): Promise<void> {
    this.usage = await (await this.openStore()).usage();
  }
}

export const userData = new UserData();
