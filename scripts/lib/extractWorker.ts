/**
 * Worker thread of the extraction pool (extractPool.ts): reads one file at a time, with its size
 * checked on the open file before reading, and extracts it (src/lib/pipeline/extractFile.ts). Its
 * memory limit is the Worker's `resourceLimits`; the pool ends it when a file takes too long.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import {
  extractFile,
  listed,
  tooBig,
  type FileResult,
} from '../../src/lib/pipeline/extractFile.ts';
import { MAX_BYTES } from '../../src/lib/sources/readSource.ts';

export interface Job {
  id: number;
  /** The path as walked (its base name names the report). */
  path: string;
}

export interface JobDone {
  id: number;
  result: FileResult;
}

/** The file's bytes, or the row saying why they were not read. */
function readBounded(path: string): Uint8Array | FileResult {
  let fd: number;
  try {
    // Non-blocking: a FIFO swapped in after the walk must not hang the worker on open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return listed(path, 'error', `cannot read file: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return listed(path, 'unsupported', 'not a regular file');
    if (stat.size > MAX_BYTES) return listed(path, 'error', tooBig(stat.size));
    const bytes = new Uint8Array(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, null);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } catch (error) {
    return listed(path, 'error', `cannot read file: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

parentPort?.on('message', async (job: Job) => {
  const bytes = readBounded(job.path);
  const result = bytes instanceof Uint8Array ? await extractFile(job.path, bytes) : bytes;
  parentPort!.postMessage({ id: job.id, result } satisfies JobDone);
});
