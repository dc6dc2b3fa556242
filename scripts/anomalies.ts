/**
 * npm run anomalies -- [--out file.csv] [--data dir] [--lang zh|en]
 *   [--jump-factor 3] [--jump-min 10] [--similarity 0.9] [--vector-min 3]
 * The anomalies of the data in data/ (or --data), with the same SQL the Anomalies view runs:
 * printed one per line, or written as CSV with --out.
 */
import { writeFileSync } from 'node:fs';
import { toCsv } from '../src/lib/extract/csv.ts';
import {
  ANOMALY_COLUMNS,
  DEFAULT_ANOMALY_PARAMS,
  anomaliesQuery,
  type Anomaly,
  type AnomalyParams,
} from '../src/lib/sql/anomalies.ts';
import { anomalyLine, anomalyList } from '../src/lib/state/anomalyList.ts';
import { openNodeDb } from './lib/nodeDb.ts';

const USAGE =
  'usage: npm run anomalies -- [--out file.csv] [--data dir] [--lang zh|en] [--jump-factor N] [--jump-min N] [--similarity X] [--vector-min N]';

function parseArgs(argv: string[]) {
  const params: AnomalyParams = { ...DEFAULT_ANOMALY_PARAMS };
  let out = '';
  let data = 'data';
  let lang: 'zh' | 'en' = 'zh';
  const number = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n)) {
      console.error(`${flag} needs a number\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i] ?? '';
    else if (arg === '--data') data = argv[++i] ?? data;
    else if (arg === '--lang') lang = argv[++i] === 'en' ? 'en' : 'zh';
    else if (arg === '--jump-factor') params.jumpFactor = number(arg, argv[++i]);
    else if (arg === '--jump-min') params.jumpMin = number(arg, argv[++i]);
    else if (arg === '--similarity') params.similarityMin = number(arg, argv[++i]);
    else if (arg === '--vector-min') params.vectorMinNonZero = number(arg, argv[++i]);
    else {
      console.error(USAGE);
      process.exit(arg === '-h' || arg === '--help' ? 0 : 2);
    }
  }
  return { params, out, data, lang };
}

const { params, out, data, lang } = parseArgs(process.argv.slice(2));
const db = await openNodeDb(data);
try {
  const list = anomalyList(await db.all<Anomaly>(anomaliesQuery(params)));
  if (out) {
    writeFileSync(out, toCsv(ANOMALY_COLUMNS, list));
    console.error(`wrote ${list.length} anomalies to ${out}`);
  } else {
    for (const a of list) console.log(anomalyLine(a, lang));
    console.error(
      `${list.length} anomalies (jump ×${params.jumpFactor} over ${params.jumpMin}, similarity ≥ ${params.similarityMin})`,
    );
  }
} finally {
  db.close();
}
