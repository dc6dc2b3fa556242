/** The messages between the page and the import worker (importWorker.ts). */
import type { BatchOutput } from '../pipeline/collectResults.ts';
import type { FileLine } from './fileLine.ts';

export interface WorkerRequest {
  batch: number;
  /** Each file with its path as dropped (`webkitRelativePath` for a folder's files). */
  files: { name: string; file: File }[];
}

export type WorkerReply =
  | { kind: 'file'; batch: number; index: number; line: FileLine }
  | { kind: 'done'; batch: number; output: BatchOutput }
  | { kind: 'failed'; batch: number; message: string };
