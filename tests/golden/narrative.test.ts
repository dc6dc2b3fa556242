/**
 * Narrative figures of the real reports of corpus/ against values written by hand from reading
 * them (tests/fixtures/narrative/corpus.tsv: report, metric, value, the sentence it is printed
 * in; an empty value = a sentence that must not give the metric). The sentence must be in the
 * report and the figure must come from it. For the metrics in STRICT every figure the extractor
 * finds anywhere in the corpus must be listed: none is invented.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractBatch, type BatchOutput } from '../../src/lib/extract/batch.ts';
import { readSource } from '../../src/lib/sources/readSource.ts';
import { corpusFiles, loadCorpus } from '../corpus.ts';

const STRICT = new Set([
  'text_review_total',
  'text_litig_total',
  'text_staff_full_time',
  'text_staff_part_time',
  'text_staff_total',
  'text_budget',
]);

interface Row {
  report: string;
  metric: string;
  value: number | null;
  quote: string;
}

const rows: Row[] = readFileSync(
  fileURLToPath(new URL('../fixtures/narrative/corpus.tsv', import.meta.url)),
  'utf8',
)
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((line) => {
    const [report, metric, value, quote] = line.split('\t');
    return { report: report!, metric: metric!, value: value ? Number(value) : null, quote: quote! };
  });

/** Whitespace removed, with the offset in the original of every kept character. */
function compact(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

describe('narrative figures of the corpus, read by hand', () => {
  const files = [
    ...corpusFiles('raw').map((f) => ['raw', f] as const),
    ...corpusFiles('unlabelled', /\.txt$/).map((f) => ['unlabelled', f] as const),
  ];
  const sources = new Map<string, string>();
  let batch: BatchOutput;
  beforeAll(async () => {
    const inputs = files.flatMap(([dir, f]) => loadCorpus(dir, [f]));
    batch = await extractBatch(inputs);
    for (const input of inputs) {
      const read = await readSource(input.name, input.bytes);
      if (read.kind === 'text') sources.set(input.name.replace(/\.[^.]+$/, ''), read.text);
    }
  }, 120_000);

  const fact = (report: string, metric: string) =>
    batch.facts.find(
      (f) => f.report_id === report && f.metric_id === metric && f.source === 'text',
    );

  it('lists real reports, every metric of the narrative grammar, and negative sentences', () => {
    expect(rows.length).toBeGreaterThan(150);
    const metrics = new Set(rows.filter((r) => r.value !== null).map((r) => r.metric));
    for (const id of [...STRICT, 'info_processing_fee', 'text_app_received', 'text_pro_info_total'])
      expect(metrics).toContain(id);
    expect(rows.filter((r) => r.value === null).length).toBeGreaterThan(25);
  });

  it.each(rows.map((r) => [`${r.report} ${r.metric} = ${r.value ?? 'none'}`, r] as const))(
    '%s',
    (_name, row) => {
      const source = sources.get(row.report);
      expect(source, 'report in corpus/').toBeDefined();
      const where = compact(source!);
      const found = where.text.indexOf(compact(row.quote).text);
      expect(found, `sentence in the report: ${row.quote}`).toBeGreaterThanOrEqual(0);
      const start = where.at[found]!;
      const end = where.at[found + compact(row.quote).text.length - 1]! + 1;
      const f = fact(row.report, row.metric);
      const fromQuote = f !== undefined && f.char_start! >= start && f.char_start! < end;
      if (row.value === null) {
        // The sentence gives no figure (the metric may be stated elsewhere in the report).
        expect(fromQuote ? f!.value : null, 'no figure from this sentence').toBeNull();
        return;
      }
      expect(f?.value).toBe(row.value);
      // Read from the listed sentence, not from another figure of the same metric.
      expect(fromQuote, `read from '${f!.context}'`).toBe(true);
    },
  );

  it('every staffing, funding, 复议 and 诉讼 figure found in the corpus is one of the list', () => {
    const listed = new Map(rows.map((r) => [`${r.report}|${r.metric}`, r.value]));
    const unlisted = batch.facts
      .filter((f) => f.source === 'text' && STRICT.has(f.metric_id))
      .filter((f) => listed.get(`${f.report_id}|${f.metric_id}`) !== f.value)
      .map((f) => `${f.report_id} ${f.metric_id}=${f.value} '${f.context}'`);
    expect(unlisted).toEqual([]);
  });
});
