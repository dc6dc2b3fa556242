/**
 * The browser's import of dropped files, run in the import worker: each file through the CLI's
 * own steps (`extractFile`, then `collectResults` over the batch), with a line per file as it is
 * done. A file is read only when its turn comes; one bad file never stops the batch.
 */
import { collectResults, type BatchOutput } from '../pipeline/collectResults.ts';
import { extractFile, listed, tooBig, type FileResult } from '../pipeline/extractFile.ts';
import { MAX_BYTES } from '../sources/readSource.ts';
import { fileLine, type FileLine } from './fileLine.ts';

/** A dropped file: a browser `File` fits (`bytes` reads it), so do the tests' files on disk. */
export interface ImportFile {
  /** Path as dropped: the base name names the report. */
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** Extracts a batch; `onFile` hears about each file as soon as it is done. */
export async function importFiles(
  files: readonly ImportFile[],
  onFile: (index: number, line: FileLine) => void = () => {},
): Promise<BatchOutput> {
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    const result = await extractOne(file);
    results.push(result);
    onFile(index, fileLine(file.name, result));
  }
  return collectResults(results);
}

async function extractOne(file: ImportFile): Promise<FileResult> {
  if (file.size > MAX_BYTES) return listed(file.name, 'error', tooBig(file.size));
  let bytes: Uint8Array;
  try {
    bytes = await file.bytes();
  } catch (error) {
    return listed(file.name, 'error', `cannot read file: ${(error as Error).message}`);
  }
  return extractFile(file.name, bytes);
}
