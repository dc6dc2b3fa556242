/**
 * Where the tests find the real reports: corpus/ in the repository (a copy of ../shared, see
 * corpus/README.md). A missing folder or file throws, so its tests fail instead of skipping.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

function need(path: string): string {
  if (!existsSync(path))
    throw new Error(`${path} is missing: the corpus is part of the repository (corpus/README.md)`);
  return path;
}

/** The path of a corpus file or folder (`raw/x.txt`), which must exist. */
export function corpusPath(relative: string): string {
  return need(join(CORPUS, relative));
}

/** The file names of a corpus folder, sorted; the folder must exist and hold files. */
export function corpusFiles(dir: string, pattern: RegExp = /./): string[] {
  const names = readdirSync(corpusPath(dir))
    .filter((f) => pattern.test(f))
    .sort();
  if (names.length === 0) throw new Error(`corpus/${dir} holds no ${pattern} file`);
  return names;
}

/** The bytes of corpus files, as the batch takes them. */
export function loadCorpus(dir: string, names: string[]): { name: string; bytes: Uint8Array }[] {
  return names.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(corpusPath(join(dir, name)))),
  }));
}
