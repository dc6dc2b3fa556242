/** The messages between the page and the import worker (importWorker.ts). */
import type { FileLine } from './fileLine.ts';
import type { KeptReport } from './userReports.ts';

export interface WorkerRequest {
  batch: number;
  /** Each file with its path as dropped (`webkitRelativePath` for a folder's files). */
  files: { name: string; file: File }[];
}

export type WorkerReply =
  | { kind: 'file'; batch: number; index: number; line: FileLine }
  /**
   * The batch's reports, already written to the store by the worker (grouped and serialised off
   * the page's thread).
   */
  | { kind: 'done'; batch: number; entries: KeptReport[] }
  | { kind: 'failed'; batch: number; message: string };
