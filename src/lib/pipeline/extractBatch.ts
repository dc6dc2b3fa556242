/**
 * Extract a batch of files given as names and bytes, in this thread (tests, benchmarks, the
 * browser): each file through `extractFile`, then `collectResults`. One bad file never stops the
 * batch. The CLI runs the same two steps with a worker per file (scripts/lib/extractPool.ts).
 */
import { collectResults, type BatchOutput } from './collectResults.ts';
import { extractFile, listed, type FileResult } from './extractFile.ts';

export interface BatchInput {
  /** Path as given (used for the base name and the id). */
  name: string;
  bytes: Uint8Array;
  /** Set when the file could not be read at all (the report is listed with this message). */
  error?: string;
}

export type { BatchOutput };

/** Extract a batch of files; reports of the same name in several formats are kept once. */
export async function extractBatch(
  inputs: readonly BatchInput[],
  onProgress?: (done: number, total: number) => void,
): Promise<BatchOutput> {
  const results: FileResult[] = [];
  for (const [i, input] of inputs.entries()) {
    results.push(
      input.error
        ? listed(input.name, 'error', `cannot read file: ${input.error}`)
        : await extractFile(input.name, input.bytes),
    );
    onProgress?.(i + 1, inputs.length);
  }
  return collectResults(results);
}
