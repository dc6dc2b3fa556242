/**
 * Runs a CLI of scripts/ as a child process under a time limit and measures its peak resident
 * memory: with /usr/bin/time when present, else by polling the process' VmHWM in /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const TIME = '/usr/bin/time';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size in MB (0 when it could not be measured). */
  peakMb: number;
  seconds: number;
  timedOut: boolean;
}

export interface CliOptions {
  cwd?: string;
  /** The run is killed after this long and reported as timed out. */
  timeoutMs: number;
  /** Run as this user id (and group id), through setpriv. */
  uid?: number;
}

/** Runs `node --import tsx scripts/<script>.ts ...args`. */
export function runCli(
  script: string,
  args: readonly string[],
  options: CliOptions,
): Promise<CliRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'nianbao-time-'));
  const timeFile = join(scratch, 'time');
  let command = [process.execPath, '--import', TSX, join(ROOT, 'scripts', `${script}.ts`), ...args];
  if (options.uid !== undefined)
    command = [
      'setpriv',
      `--reuid=${options.uid}`,
      `--regid=${options.uid}`,
      '--clear-groups',
      '--',
      ...command,
    ];
  const timed = existsSync(TIME);
  if (timed) command = [TIME, '-f', '%M', '-o', timeFile, ...command];
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, TZ: 'UTC' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  let polledKb = 0;
  const poll = timed
    ? null
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          polledKb = Math.max(polledKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          // exited
        }
      }, 20);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL'); // the group of the child this test started
    } catch {
      // gone already
    }
  }, options.timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let kb = polledKb;
      if (timed) {
        const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
        kb = Number(/(\d+)\s*$/.exec(text.trim())?.[1] ?? 0);
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        code,
        signal,
        stdout,
        stderr,
        peakMb: Math.round(kb / 1024),
        seconds: (performance.now() - started) / 1000,
        timedOut,
      });
    });
  });
}

/** One line of the suite's report: the case, its time and peak memory against its limits. */
export function report(name: string, run: CliRun, limits: { seconds: number; mb: number }): void {
  console.log(
    `hostile ${name}: ${run.seconds.toFixed(1)} s (limit ${limits.seconds}), peak RSS ${run.peakMb} MB (limit ${limits.mb}), exit ${run.code}`,
  );
}
