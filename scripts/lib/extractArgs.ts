/** The extractor CLI's arguments (scripts/extract.ts), parsed without side effects. */
import { availableParallelism } from 'node:os';

export const EXTRACT_USAGE =
  'usage: npm run extract -- <files or folders...> [--out <folder>] [--follow-links] [--jobs N] [--memory-limit MB] [--time-limit S]';

export interface ExtractArgs {
  paths: string[];
  out: string;
  followLinks: boolean;
  jobs: number;
  memoryMb: number;
  seconds: number;
}

export const EXTRACT_DEFAULTS = {
  out: 'out',
  jobs: Math.max(1, Math.min(2, availableParallelism())),
  memoryMb: 256,
  seconds: 120,
};

export type Parsed = { args: ExtractArgs } | { help: true } | { error: string };

/** `--flag value` and `--flag=value`; a missing value is an error, never the next flag. */
export function parseExtractArgs(argv: readonly string[]): Parsed {
  const args: ExtractArgs = { paths: [], followLinks: false, ...EXTRACT_DEFAULTS };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      args.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--follow-links') {
      args.followLinks = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const value =
      eq < 0 ? (argv[i + 1]?.startsWith('-') ? undefined : argv[++i]) : arg.slice(eq + 1);
    if (!['--out', '--jobs', '--memory-limit', '--time-limit'].includes(flag))
      return { error: `unknown option ${flag}` };
    if (value === undefined || value === '') return { error: `${flag} needs a value` };
    if (flag === '--out') {
      args.out = value;
      continue;
    }
    const n = Number(value);
    if (flag === '--time-limit') {
      if (!Number.isFinite(n) || n <= 0)
        return { error: '--time-limit needs a number of seconds above 0' };
    } else {
      const min = flag === '--memory-limit' ? 64 : 1;
      if (!Number.isInteger(n) || n < min)
        return { error: `${flag} needs a whole number of at least ${min}` };
    }
    if (flag === '--jobs') args.jobs = n;
    else if (flag === '--memory-limit') args.memoryMb = n;
    else args.seconds = n;
  }
  if (args.paths.length === 0) return { error: 'no files or folders given' };
  return { args };
}
