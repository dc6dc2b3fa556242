/**
 * The files of the paths given (folders walked recursively, in name order): each folder and each
 * file visited once by its real path, so `ln -s . loop` neither hangs nor repeats; entries that
 * cannot be read, special files and links leaving the given roots become problem entries (one row
 * each). The file system comes in as `WalkFs`, so the walk is pure and testable.
 */

export type EntryKind = 'file' | 'dir' | 'link' | 'other';

export interface WalkStat {
  kind: EntryKind;
  size: number;
  /** For `other`: what it is (FIFO, socket, device). */
  what?: string;
}

/** What the walk needs of a file system. Every method may throw an Error with a message. */
export interface WalkFs {
  /** The entry itself (a link is `link`). */
  lstat(path: string): WalkStat;
  /** The entry a link points to (never `link`). */
  stat(path: string): WalkStat;
  realpath(path: string): string;
  readdir(path: string): string[];
  join(dir: string, name: string): string;
  sep: string;
}

export type WalkEntry =
  | { kind: 'file'; path: string; real: string; size: number }
  | { kind: 'problem'; path: string; status: 'error' | 'unsupported'; message: string };

export interface Walk {
  entries: WalkEntry[];
  /** Paths skipped because their real path was seen already. */
  log: string[];
}

/** Inside folders, hidden entries and the corpus' own notes are not reports. */
export function skipInFolder(name: string): boolean {
  return name.startsWith('.') || /^(README|MANIFEST|NOTES)\b/i.test(name);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Walks `roots` in order; links leaving every root are followed only with `followLinks`. */
export function walkInputs(
  roots: readonly string[],
  fs: WalkFs,
  options: { followLinks?: boolean } = {},
): Walk {
  const entries: WalkEntry[] = [];
  const log: string[] = [];
  const seen = new Map<string, string>();
  const realRoots: string[] = [];
  for (const root of roots) {
    try {
      realRoots.push(fs.realpath(root));
    } catch {
      // Reported when the root itself is visited.
    }
  }
  const insideRoots = (real: string) =>
    realRoots.some((r) => real === r || real.startsWith(r.endsWith(fs.sep) ? r : r + fs.sep));

  // Depth first in name order, without recursion (deep trees cannot exhaust the stack).
  const stack: { path: string; root: boolean }[] = roots
    .map((path) => ({ path, root: true }))
    .reverse();
  while (stack.length) {
    const { path, root } = stack.pop()!;
    let stat: WalkStat;
    let real: string;
    try {
      stat = fs.lstat(path);
      real = fs.realpath(path);
    } catch (error) {
      const broken = (() => {
        try {
          return fs.lstat(path).kind === 'link';
        } catch {
          return false;
        }
      })();
      entries.push({
        kind: 'problem',
        path,
        status: 'error',
        message: broken
          ? `broken symbolic link: ${message(error)}`
          : `cannot read file: ${message(error)}`,
      });
      continue;
    }
    if (stat.kind === 'link') {
      if (!root && !options.followLinks && !insideRoots(real)) {
        entries.push({
          kind: 'problem',
          path,
          status: 'unsupported',
          message: `symbolic link to ${real}, outside the paths given: not followed (--follow-links follows it)`,
        });
        continue;
      }
      try {
        stat = fs.stat(path);
      } catch (error) {
        entries.push({ kind: 'problem', path, status: 'error', message: message(error) });
        continue;
      }
    }
    const first = seen.get(real);
    if (first !== undefined) {
      log.push(`${path}: same ${stat.kind === 'dir' ? 'folder' : 'file'} as ${first}, skipped`);
      continue;
    }
    seen.set(real, path);
    if (stat.kind === 'file') {
      entries.push({ kind: 'file', path, real, size: stat.size });
    } else if (stat.kind === 'dir') {
      let names: string[];
      try {
        names = fs.readdir(path);
      } catch (error) {
        entries.push({
          kind: 'problem',
          path,
          status: 'error',
          message: `cannot read folder: ${message(error)}`,
        });
        continue;
      }
      const children = names
        .filter((n) => !skipInFolder(n))
        .sort()
        .map((n) => ({ path: fs.join(path, n), root: false }));
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } else {
      entries.push({
        kind: 'problem',
        path,
        status: 'unsupported',
        message: `not a regular file (${stat.what ?? 'special file'})`,
      });
    }
  }
  return { entries, log };
}
