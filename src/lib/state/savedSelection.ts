/**
 * Long body selections stay out of the URL: past a budget, the selection is saved in the browser
 * under a short id derived from its keys, and the URL carries `bs=<id>` instead of one `b` per
 * body. The store is passed in (localStorage in the app, a Map in tests).
 */

export interface SelectionStore {
  load(id: string): string[] | null;
  save(id: string, keys: readonly string[]): boolean;
}

/** Encoded length of the `b` parameters above which a selection is saved instead. */
export const BODIES_BUDGET = 1500;

/** A query string the app writes is at most this long; a longer one is refused with a message. */
export const MAX_QUERY_CHARS = 4096;

/** 64 bits of FNV-1a over the keys, in base 36: the same selection always gets the same id. */
export function selectionId(keys: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ keys.length;
  for (const ch of keys.join('\n')) {
    const c = ch.codePointAt(0)!;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(36).padStart(7, '0') + h2.toString(36).padStart(7, '0');
}

/** Encoded length of the bodies as `&b=` parameters. */
export function bodiesLength(keys: readonly string[]): number {
  return keys.reduce((n, k) => n + 3 + encodeURIComponent(k).length, 0);
}

/** A store in the browser's localStorage (null when storage is not available). */
export function browserStore(): SelectionStore | null {
  let storage: Storage;
  try {
    storage = globalThis.localStorage;
    if (!storage) return null;
  } catch {
    return null;
  }
  const key = (id: string) => `nianbao:bodies:${id}`;
  return {
    load(id) {
      try {
        const value: unknown = JSON.parse(storage.getItem(key(id)) ?? 'null');
        return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
      } catch {
        return null;
      }
    },
    save(id, keys) {
      try {
        if (storage.getItem(key(id)) === null) storage.setItem(key(id), JSON.stringify(keys));
        return true;
      } catch {
        return false;
      }
    },
  };
}
