/**
 * npm run bench:extract — extraction throughput (reports/second, single-threaded), median of
 * several runs after a warm-up, separately for text, HTML and PDF inputs, over corpus/: wall time,
 * the process' CPU time (pdf.js adds worker-side time on a thread of its own only in browsers),
 * and the cold first run. See docs/EXTRACT-SPEED.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBatch, type BatchInput } from '../../src/lib/pipeline/extractBatch.ts';
import { median } from '../lib/median.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.env.RUNS ?? 7);
const corpus = join(root, 'corpus');

function files(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f) && !/^(README|MANIFEST|NOTES)/.test(f.split('/').pop()!))
    .map((f) => join(dir, f))
    .sort();
}

async function bench(label: string, paths: string[], times = runs): Promise<void> {
  if (paths.length === 0) {
    console.log(`${label}: no input files`);
    return;
  }
  const inputs: BatchInput[] = paths.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(name)),
  }));
  const bytes = inputs.reduce((sum, i) => sum + i.bytes.length, 0);
  // Warm-up: JIT, OpenCC tables, division list, pdf.js; its time is the cold figure (the label
  // scores are memoised, so later runs also find the labels of earlier ones).
  const cold = performance.now();
  await extractBatch(inputs);
  const coldMs = performance.now() - cold;
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await extractBatch(inputs);
    const c = process.cpuUsage(c0);
    ms.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const m = median(ms);
  // CPU time of this process: less disturbed than wall time when other work shares the machine.
  const mc = median(cpu);
  const rate = (t: number) => ((inputs.length / t) * 1000).toFixed(1);
  console.log(
    `${label}: ${inputs.length} reports, ${(bytes / 1024).toFixed(0)} KiB; runs ${ms.map((t) => t.toFixed(0)).join(', ')} ms; ` +
      `median ${m.toFixed(1)} ms = ${rate(m)} reports/s; CPU median ${mc.toFixed(1)} ms = ${rate(mc)} reports/CPU-s; ` +
      `cold first run ${coldMs.toFixed(0)} ms = ${rate(coldMs)} reports/s`,
  );
}

console.log(`extract throughput, single-threaded, Node ${process.version}, median of ${runs} runs`);
const text = [
  ...files(join(corpus, 'raw'), /\.(txt|md)$/),
  ...files(join(corpus, 'unlabelled'), /\.(txt|md)$/),
];
await bench('text (corpus raw + unlabelled)', text);
await bench('html (corpus/html)', files(join(corpus, 'html'), /\.html?$/));
await bench('pdf (corpus/raw)', files(join(corpus, 'raw'), /\.pdf$/), Math.min(runs, 5));
