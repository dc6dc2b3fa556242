/**
 * Extracts files in a pool of worker threads, one file per worker at a time, each under a memory
 * limit (the Worker's `resourceLimits`) and a time limit: a file that exceeds either, or crashes
 * its worker, becomes a row saying so, and the pool goes on with a fresh worker. The main thread
 * never holds a file's bytes, only the (small) results, so a batch's peak memory is the workers'
 * limits plus the results, whatever the number or size of the files.
 */
import { Worker } from 'node:worker_threads';
import { listed, type FileResult } from '../../src/lib/pipeline/extractFile.ts';
import type { Job, JobDone } from './extractWorker.ts';
import { workerBundle } from './workerBundle.ts';

export interface PoolLimits {
  /** Worker threads working at once. */
  jobs: number;
  /** Heap of one worker (old generation), in MB. */
  memoryMb: number;
  /** Time for one file, in seconds. */
  seconds: number;
}

const ENTRY = new URL('./extractWorker.ts', import.meta.url);

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set once the slot's worker is being replaced (so its exit is not reported twice). */
  retired: boolean;
}

/**
 * Extracts `paths` (in order) and returns one result per path, in the same order; `onDone` is
 * called after each file.
 */
export async function extractInPool(
  paths: readonly string[],
  limits: PoolLimits,
  onDone: (done: number, total: number) => void = () => {},
): Promise<FileResult[]> {
  const bundle = await workerBundle(ENTRY);
  const results: FileResult[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    if (paths.length === 0) return resolve(results);
    const slots: Slot[] = [];

    /** Stores a file's row; true when it was the last one (every worker is then ended). */
    const record = (job: Job, result: FileResult): boolean => {
      results[job.id] = result;
      onDone(++done, paths.length);
      if (done < paths.length) return false;
      for (const s of slots) {
        s.retired = true;
        void s.worker.terminate();
      }
      resolve(results);
      return true;
    };

    const release = (slot: Slot): Job => {
      const job = slot.job!;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job = null;
      slot.timer = null;
      return job;
    };

    const finish = (slot: Slot, result: FileResult) => {
      if (!record(release(slot), result)) feed(slot);
    };

    /** A worker failed: its file's row says why, and a new worker takes its place. */
    const fail = (slot: Slot, message: string) => {
      if (slot.retired) return;
      slot.retired = true;
      const job = slot.job ? release(slot) : null;
      void slot.worker.terminate();
      const fresh = spawn();
      slots[slots.indexOf(slot)] = fresh;
      if (job && record(job, listed(job.path, 'error', message))) return;
      feed(fresh);
    };

    const spawn = (): Slot => {
      const worker = new Worker(bundle, {
        resourceLimits: {
          maxOldGenerationSizeMb: limits.memoryMb,
          maxYoungGenerationSizeMb: Math.min(64, Math.max(8, limits.memoryMb / 8)),
        },
        stdout: false,
        stderr: false,
      });
      const slot: Slot = { worker, job: null, timer: null, retired: false };
      worker.on('message', (msg: JobDone) => {
        if (!slot.retired && slot.job?.id === msg.id) finish(slot, msg.result);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        fail(
          slot,
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `memory limit of ${limits.memoryMb} MB exceeded while reading this file`
            : `extraction failed: ${error.message}`,
        );
      });
      worker.on('exit', (code) => {
        if (!slot.retired) fail(slot, `extraction failed: worker stopped (exit code ${code})`);
      });
      return slot;
    };

    const feed = (slot: Slot) => {
      if (slot.retired || next >= paths.length) return;
      const job: Job = { id: next, path: paths[next]! };
      next++;
      slot.job = job;
      slot.timer = setTimeout(
        () => fail(slot, `time limit of ${limits.seconds} s exceeded while reading this file`),
        limits.seconds * 1000,
      );
      slot.worker.postMessage(job);
    };

    for (let i = 0; i < Math.max(1, Math.min(limits.jobs, paths.length)); i++) {
      const slot = spawn();
      slots.push(slot);
      feed(slot);
    }
  });
}
