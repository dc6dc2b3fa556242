/**
 * Fetches the build's pre-aggregates (`<base>data/pre/…`) once each. A missing file (the dev
 * server, an old build) gives null, and the caller asks DuckDB instead.
 */
import { fromColumnar, type Columnar } from './columnar.ts';
import { PRE_FILES, type PreManifest } from './files.ts';

const cache = new Map<string, Promise<unknown>>();

/** How a file's JSON is read: by HTTP in the page; tests read the build's folder instead. */
type Reader = (file: string) => Promise<unknown>;

const httpReader: Reader = (file) =>
  fetch(`${import.meta.env.BASE_URL}data/pre/${file}`).then((r) => (r.ok ? r.json() : null));

let reader: Reader = httpReader;
/** Reads wait for this first: the reader is chosen once the page knows which data it shows. */
let held: Promise<unknown> = Promise.resolve();

/**
 * Reads wait until `until` settles, then use the reader set by then: a view that mounts before
 * the user's kept reports are known never paints the shipped pre-aggregates in their place.
 */
export function holdPre(until: Promise<unknown>): void {
  held = until.catch(() => {});
}

/** Replaces the reader (and forgets what was read): for tests in Node. */
export function setPreReader(next: Reader | null): void {
  reader = next ?? httpReader;
  cache.clear();
  rowsCache.clear();
}

/** The parsed JSON of one pre-aggregate file, or null when the build has none. */
export function fetchPre<T>(file: string): Promise<T | null> {
  let p = cache.get(file);
  if (!p) {
    p = held.then(() => reader(file)).catch(() => null);
    cache.set(file, p);
  }
  return p as Promise<T | null>;
}

const rowsCache = new Map<string, Promise<unknown[] | null>>();

/** Row objects of a columnar pre-aggregate file (decoded once, shared by its readers), or null. */
export function fetchRows<T>(file: string): Promise<T[] | null> {
  let p = rowsCache.get(file);
  if (!p) {
    p = fetchPre<Columnar>(file).then((c) => (c ? fromColumnar<T>(c) : null));
    rowsCache.set(file, p);
  }
  return p as Promise<T[] | null>;
}

export function fetchManifest(): Promise<PreManifest | null> {
  return fetchPre<PreManifest>(PRE_FILES.manifest);
}
