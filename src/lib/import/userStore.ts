/**
 * Where the user's own reports are kept between visits: IndexedDB, in this browser only. Nothing
 * leaves the browser.
 */
import type { KeptReport } from './userReports.ts';

export interface UserStore {
  /** Shown on the panel. */
  kind: 'indexeddb';
  list(): Promise<KeptReport[]>;
  put(entries: readonly KeptReport[]): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  /** Bytes the kept reports take. */
  usage(): Promise<number>;
}

const FOLDER = 'nianbao-own-reports';

/**
 * The store of this browser: IndexedDB, one transaction per batch (all of it kept or none). One
 * file per report in OPFS was tried first: a batch of 100 took 400 ms of commits, IndexedDB 40 ms.
 */
export async function openUserStore(): Promise<UserStore> {
  return indexedDbStore();
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
