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
  // The next file is read while this one is extracted (one ahead: memory stays one file's).
  let next = files.length ? read(files[0]!) : null;
  for (const [index, file] of files.entries()) {
    const bytes = await next!;
    next = index + 1 < files.length ? read(files[index + 1]!) : null;
    const result =
      bytes === null
        ? listed(file.name, 'error', tooBig(file.size))
        : bytes instanceof Error
          ? listed(file.name, 'error', `cannot read file: ${bytes.message}`)
          : await extractFile(file.name, bytes);
    results.push(result);
    onFile(index, fileLine(file.name, result));
  }
  return collectResults(results);
}

/** A file's bytes, the error of reading it, or null for a file too big to read. */
async function read(file: ImportFile): Promise<Uint8Array | Error | null> {
  if (file.size > MAX_BYTES) return null;
  try {
    return await file.bytes();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
