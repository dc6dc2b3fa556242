/**
 * npm run anomalies -- [--out file.csv] [--data dir] [--lang zh|en]
 *   [--jump-factor 3] [--jump-min 10] [--similarity 0.9] [--vector-min 3]
 * The anomalies of the data in data/ (or --data), with the same SQL the Anomalies view runs:
 * printed one per line, or written as CSV with --out. The data folder is checked first; any
 * problem is one line naming the file, the line and the problem.
 * Exit codes: 0 done, 1 failed, 2 usage or output refused, 4 data folder not usable.
 */
import { resolve } from 'node:path';
import { toCsv } from '../src/lib/extract/csv.ts';
import {
  ANOMALY_COLUMNS,
  DEFAULT_ANOMALY_PARAMS,
  anomaliesQuery,
  type Anomaly,
  type AnomalyParams,
} from '../src/lib/sql/anomalies.ts';
import { anomalyLine, anomalyList } from '../src/lib/state/anomalyList.ts';
import { checkDataFolder } from './lib/checkDataFolder.ts';
import { openNodeDb } from './lib/nodeDb.ts';
import {
  EXIT,
  OutputError,
  checkOutputFile,
  writeFilesTogether,
  runCli,
} from './lib/outputFiles.ts';

const USAGE =
  'usage: npm run anomalies -- [--out file.csv] [--data dir] [--lang zh|en] [--jump-factor N] [--jump-min N] [--similarity X] [--vector-min N]';

const NUMBERS: Record<string, keyof AnomalyParams> = {
  '--jump-factor': 'jumpFactor',
  '--jump-min': 'jumpMin',
  '--similarity': 'similarityMin',
  '--vector-min': 'vectorMinNonZero',
};

function usage(message: string): never {
  throw new OutputError(`${message}\n${USAGE}`, EXIT.usage);
}

function parseArgs(argv: string[]) {
  const params: AnomalyParams = { ...DEFAULT_ANOMALY_PARAMS };
  let out = '';
  let data = 'data';
  let lang: 'zh' | 'en' = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      console.error(USAGE);
      process.exit(EXIT.ok);
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag !== '--out' && flag !== '--data' && flag !== '--lang' && !(flag in NUMBERS))
      usage(`unknown argument ${arg}`);
    const value =
      flag !== arg ? arg.slice(eq + 1) : argv[i + 1]?.startsWith('--') ? undefined : argv[++i];
    if (value === undefined || value === '') usage(`${flag} needs a value`);
    if (flag === '--out') out = value;
    else if (flag === '--data') data = value;
    else if (flag === '--lang') {
      if (value !== 'zh' && value !== 'en') usage('--lang is zh or en');
      lang = value;
    } else {
      const n = Number(value);
      if (!Number.isFinite(n)) usage(`${flag} needs a number`);
      params[NUMBERS[flag]!] = n;
    }
  }
  return { params, out, data, lang };
}

async function main(): Promise<number> {
  const { params, out, data, lang } = parseArgs(process.argv.slice(2));
  if (out) checkOutputFile(out);
  const problem = checkDataFolder(data);
  if (problem) {
    console.error(problem);
    return EXIT.data;
  }
  const db = await openNodeDb(data);
  try {
    const list = anomalyList(await db.all<Anomaly>(anomaliesQuery(params)));
    if (out) {
      writeFilesTogether([{ path: out, content: toCsv(ANOMALY_COLUMNS, list) }]);
      console.error(`wrote ${list.length} anomalies to ${resolve(out)}`);
    } else {
      for (const a of list) console.log(anomalyLine(a, lang));
      console.error(
        `${list.length} anomalies (jump ×${params.jumpFactor} over ${params.jumpMin}, similarity ≥ ${params.similarityMin})`,
      );
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

runCli('anomalies', main);
