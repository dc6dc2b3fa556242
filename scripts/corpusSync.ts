/**
 * npm run corpus:sync [-- --check] [--from <dir>]
 * Takes in what was added upstream: copies <from>/corpus (raw, html, expected, unlabelled,
 * MANIFEST.md) and <from>/schema (METRICS.md, metrics.tsv, SOURCES.md) into corpus/ and
 * corpus/schema/, byte for byte, and lists every file added, changed or only here. `--check`
 * copies nothing and exits 1 when the copies differ. Default <from>: ../shared.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const fromAt = args.indexOf('--from');
const upstream = fromAt >= 0 ? args[fromAt + 1]! : join(root, '../shared');

/** Upstream folder → folder in the repository. Files of ours (corpus/README.md) are not listed. */
const PAIRS: [string, string][] = [
  ['corpus/raw', 'corpus/raw'],
  ['corpus/html', 'corpus/html'],
  ['corpus/expected', 'corpus/expected'],
  ['corpus/unlabelled', 'corpus/unlabelled'],
  ['corpus/MANIFEST.md', 'corpus/MANIFEST.md'],
  ['schema/METRICS.md', 'corpus/schema/METRICS.md'],
  ['schema/metrics.tsv', 'corpus/schema/metrics.tsv'],
  ['schema/SOURCES.md', 'corpus/schema/SOURCES.md'],
];

/** Every file under `path` (itself when it is a file), relative to `path`. */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [''];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(path, f)).isFile())
    .sort();
}

if (!existsSync(upstream)) {
  console.error(`no upstream copy at ${upstream}: nothing to take in`);
  process.exit(check ? 1 : 0);
}

const changes: string[] = [];
for (const [from, to] of PAIRS) {
  const src = join(upstream, from);
  const dst = join(root, to);
  const theirs = files(src);
  const ours = new Set(files(dst));
  for (const f of theirs) {
    const a = join(src, f);
    const b = join(dst, f);
    const state = !ours.has(f) ? 'added' : readFileSync(a).equals(readFileSync(b)) ? '' : 'changed';
    ours.delete(f);
    if (!state) continue;
    changes.push(`${state.padEnd(8)} ${relative(root, b)}`);
    if (!check) {
      mkdirSync(dirname(b), { recursive: true });
      copyFileSync(a, b);
    }
  }
  // Kept, never deleted: a report removed upstream may still be cited by data/ and the tests.
  for (const f of ours) changes.push(`only here ${relative(root, join(dst, f))}`);
}

console.log(changes.length ? changes.join('\n') : 'corpus/ is the same as upstream');
if (!check && changes.some((c) => !c.startsWith('only here')))
  console.log('\nnext: npx tsx scripts/gen/catalogue.ts && npm run data, then look at git diff');
process.exit(check && changes.length ? 1 : 0);
