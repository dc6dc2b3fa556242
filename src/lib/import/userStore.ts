/**
 * Where the user's own reports are kept between visits: the browser's origin private file system
 * (one JSON file per report), or IndexedDB where OPFS cannot write. Nothing leaves the browser.
 */
import type { KeptReport } from './userReports.ts';

export interface UserStore {
  /** `opfs` or `indexeddb`: shown on the panel. */
  kind: 'opfs' | 'indexeddb';
  list(): Promise<KeptReport[]>;
  put(entries: readonly KeptReport[]): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  /** Bytes the kept reports take. */
  usage(): Promise<number>;
}

const FOLDER = 'nianbao-own-reports';
const fileName = (id: string) => `${encodeURIComponent(id)}.json`;

/** The store of this browser: OPFS when it can write files, else IndexedDB. */
export async function openUserStore(): Promise<UserStore> {
  try {
    const root = await navigator.storage.getDirectory();
    const dir = await root.getDirectoryHandle(FOLDER, { create: true });
    // Some browsers (Safari's main thread) open OPFS but cannot write to it from a page.
    if (typeof FileSystemFileHandle.prototype.createWritable === 'function') return opfsStore(dir);
  } catch {
    // No OPFS here (an old browser, a private window of some): IndexedDB below.
  }
  return indexedDbStore();
}

function opfsStore(dir: FileSystemDirectoryHandle): UserStore {
  const files = async () => {
    const out: File[] = [];
    for await (const handle of (
      dir as unknown as { values(): AsyncIterable<FileSystemHandle> }
    ).values())
      if (handle.kind === 'file') out.push(await (handle as FileSystemFileHandle).getFile());
    return out;
  };
  return {
    kind: 'opfs',
    async list() {
      const texts = await Promise.all((await files()).map((f) => f.text()));
      return texts.map((t) => JSON.parse(t) as KeptReport);
    },
    async put(entries) {
      for (const entry of entries) {
        const handle = await dir.getFileHandle(fileName(entry.id), { create: true });
        const writable = await handle.createWritable();
        await writable.write(JSON.stringify(entry));
        await writable.close();
      }
    },
    async remove(id) {
      await dir.removeEntry(fileName(id)).catch(() => {});
    },
    async clear() {
      for (const f of await files()) await dir.removeEntry(f.name).catch(() => {});
    },
    async usage() {
      return (await files()).reduce((sum, f) => sum + f.size, 0);
    },
  };
}

const STORE = 'reports';

function indexedDbStore(): UserStore {
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(FOLDER, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const run = async <T>(
    mode: IDBTransactionMode,
    fn: (s: IDBObjectStore) => IDBRequest<T> | void,
  ) => {
    const db = await opened;
    return new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error);
    });
  };
  const texts = async () =>
    ((await run<string[]>('readonly', (s) => s.getAll())) ?? []) as string[];
  return {
    kind: 'indexeddb',
    async list() {
      return (await texts()).map((t) => JSON.parse(t) as KeptReport);
    },
    async put(entries) {
      await run('readwrite', (s) => {
        for (const e of entries) s.put(JSON.stringify(e), e.id);
      });
    },
    async remove(id) {
      await run('readwrite', (s) => s.delete(id));
    },
    async clear() {
      await run('readwrite', (s) => s.clear());
    },
    async usage() {
      // UTF-16 in memory, but kept as text: count the UTF-8 bytes it takes to write.
      const encoder = new TextEncoder();
      return (await texts()).reduce((sum, t) => sum + encoder.encode(t).length, 0);
    },
  };
}
