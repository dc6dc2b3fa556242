/**
 * npm run bench:extract — extraction throughput (reports/second, single-threaded) over the corpus
 * text files, median of several runs after a warm-up. Uses ../shared/corpus when present,
 * else the project's own fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBatch } from '../../src/lib/extract/batch.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.env.RUNS ?? 7);

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|md)$/.test(f) && !/^(README|MANIFEST|NOTES)/.test(f.split('/').pop()!))
    .map((f) => join(dir, f))
    .sort();
}

const corpus = join(root, '../shared/corpus');
let files = [...textFiles(join(corpus, 'raw')), ...textFiles(join(corpus, 'unlabelled'))];
let source = '../shared/corpus (raw + unlabelled text files)';
if (files.length === 0) {
  files = textFiles(join(root, 'tests/fixtures')).filter((f) => f.endsWith('input.txt'));
  source = 'tests/fixtures';
}
const inputs = files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(name)) }));
const bytes = inputs.reduce((sum, i) => sum + i.bytes.length, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

await extractBatch(inputs); // warm-up (JIT, OpenCC tables, division list)
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await extractBatch(inputs);
  times.push(performance.now() - t0);
}
const ms = median(times);
console.log(`extract: ${inputs.length} reports (${(bytes / 1024).toFixed(0)} KiB) from ${source}`);
console.log(`runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(
  `median: ${ms.toFixed(1)} ms per batch = ${((inputs.length / ms) * 1000).toFixed(0)} reports/s (single-threaded, Node ${process.version})`,
);
