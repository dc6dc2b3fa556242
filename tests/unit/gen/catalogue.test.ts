/**
 * The generated catalogue is what scripts/gen/catalogue.ts makes of corpus/schema/metrics.tsv:
 * after `npm run corpus:sync` brings a changed catalogue, this fails until it is regenerated.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderCatalogue } from '../../../scripts/gen/renderCatalogue.ts';
import { CATALOGUE } from '../../../src/lib/extract/catalogue.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const tsv = read('../../../corpus/schema/metrics.tsv');

describe('catalogue.generated.ts', () => {
  it('renderCatalogue(corpus/schema/metrics.tsv) is the committed file', () => {
    // A mismatch: run `npx tsx scripts/gen/catalogue.ts`.
    expect(read('../../../src/lib/extract/catalogue.generated.ts')).toBe(renderCatalogue(tsv).text);
  });

  it('holds every metric id of metrics.tsv, the narrative staffing and funding ids included', () => {
    const ids = tsv
      .split('\n')
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => l.split('\t')[0]);
    expect([...CATALOGUE.keys()]).toEqual(ids);
    for (const id of ['text_staff_full_time', 'text_staff_part_time', 'text_staff_total'])
      expect(CATALOGUE.get(id)?.unit).toBe('人');
    expect(CATALOGUE.get('text_budget')?.unit).toBe('万元');
  });

  it('renderCatalogue rejects a file whose columns it does not know', () => {
    expect(() => renderCatalogue('metric_id\tlabels\nx\ty\n')).toThrow(/unexpected header/);
  });
});
