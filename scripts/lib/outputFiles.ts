/**
 * Writing a CLI's output files safely: the target is checked before any work, a lock file keeps
 * two runs from writing into one folder at once, each file is written to a temporary file in the
 * target folder and all are renamed into place together at the end, and a symbolic link at a
 * target name is replaced, never followed.
 */
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A refusal or failure with its one-line message and the exit code the CLI ends with. */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Exit codes of the CLIs (README.md). */
export const EXIT = { ok: 0, failed: 1, usage: 2, locked: 3, data: 4 } as const;

const kindAt = (path: string) => {
  try {
    const s = lstatSync(path);
    return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
};

/**
 * Checks, before any work, that `dir` can be the output folder for `names`: it is a folder (or
 * does not exist yet) and no target name is a folder. Throws OutputError (exit 2).
 */
export function checkOutputFolder(dir: string, names: readonly string[]): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // Not there yet (created when the lock is taken), or just created by a concurrent run.
    const kind = kindAt(dir);
    isDir = kind === null || kind === 'folder';
  }
  if (!isDir) throw new OutputError(`--out ${dir}: exists and is not a folder`, EXIT.usage);
  for (const name of names) {
    const kind = kindAt(join(dir, name));
    if (kind === 'folder' || kind === 'other')
      throw new OutputError(`--out ${dir}: ${name} there is a ${kind}, not a file`, EXIT.usage);
  }
}

/**
 * Checks, before any work, that `file` can be an output file: not a folder, in a folder that
 * exists. Throws OutputError (exit 2).
 */
export function checkOutputFile(file: string): void {
  const kind = kindAt(file);
  let target = kind;
  try {
    if (kind === 'link') target = statSync(file).isDirectory() ? 'folder' : 'file';
  } catch {
    target = 'file'; // a dangling link is replaced
  }
  if (target === 'folder' || target === 'other')
    throw new OutputError(`--out ${file}: is a ${target}, not a file`, EXIT.usage);
  try {
    if (!statSync(dirname(file)).isDirectory()) throw new Error();
  } catch {
    throw new OutputError(`--out ${file}: folder ${dirname(file)} does not exist`, EXIT.usage);
  }
}

export interface Lock {
  release(): void;
}

const LOCK = '.nianbao.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the output folder's lock (created with the folder if needed). Throws OutputError (exit 3)
 * when another live run holds it; a lock left by a run that died is taken over.
 */
export function lockFolder(dir: string): Lock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid} ${hostname()} ${new Date().toISOString()}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      // Interrupted runs leave no lock behind (a killed one leaves a lock the next run takes over).
      for (const signal of ['SIGINT', 'SIGTERM'] as const)
        process.once(signal, () => {
          release();
          process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
        });
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = kindAt(path) === 'file' ? readFileSync(path, 'utf8').trim() : '';
    // An empty lock this fresh is another run between creating and writing it: not a dead one's.
    if (!holder && kindAt(path) === 'file' && Date.now() - statSync(path).mtimeMs < 10_000)
      throw new OutputError(
        `--out ${dir}: another run (pid unknown, started just now) is writing there; wait for it to end`,
        EXIT.locked,
      );
    const [pid, host, started] = holder.split(' ');
    if (holder && host === hostname() && alive(Number(pid)))
      throw new OutputError(
        `--out ${dir}: another run (pid ${pid}, started ${started}) is writing there; wait for it to end`,
        EXIT.locked,
      );
    if (holder && host !== hostname())
      throw new OutputError(
        `--out ${dir}: locked by a run on ${host} (pid ${pid}); remove ${path} if it has ended`,
        EXIT.locked,
      );
    unlinkSync(path); // left by a run that died (or not a lock file at all)
  }
  throw new OutputError(`--out ${dir}: cannot take the lock ${path}`, EXIT.locked);
}

/** Writes `content` to a new temporary file beside `target`; returns its path. */
function writeTemp(target: string, content: string): string {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    unlinkSync(temp); // a leftover of a run that died; unlink never follows a link
  } catch {
    // none
  }
  const fd = openSync(temp, 'wx'); // exclusive: never writes through a link
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/**
 * Writes every file to a temporary file first, then renames them all into place (rename replaces
 * a link at the target name instead of following it). Nothing is renamed if a write fails.
 */
export function writeFilesTogether(files: readonly { path: string; content: string }[]): void {
  const temps: string[] = [];
  try {
    for (const f of files) temps.push(writeTemp(f.path, f.content));
  } catch (error) {
    for (const t of temps) unlinkSync(t);
    throw new OutputError(`cannot write output: ${(error as Error).message}`, EXIT.failed);
  }
  files.forEach((f, i) => renameSync(temps[i]!, f.path));
}

/**
 * Runs a CLI's `main` and exits with its code; a refused output exits with its own code and
 * message, any other error with one line (`<name> failed: …`) and EXIT.failed.
 */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof OutputError) {
        console.error(error.message);
        process.exit(error.exitCode);
      }
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${name} failed: ${message.split('\n')[0]}`);
      process.exit(EXIT.failed);
    },
  );
}
