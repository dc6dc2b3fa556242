/**
 * Regenerate src/lib/extract/catalogue.generated.ts from corpus/schema/metrics.tsv (the
 * repository's copy of the authoritative metric catalogue; `npm run corpus:sync` takes in
 * upstream changes). Usage: npx tsx scripts/gen/catalogue.ts [path/to/metrics.tsv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCatalogue } from './renderCatalogue.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = process.argv[2] ?? `${root}corpus/schema/metrics.tsv`;
const { text, count } = renderCatalogue(readFileSync(source, 'utf8'));
writeFileSync(`${root}src/lib/extract/catalogue.generated.ts`, text);
console.error(`wrote ${count} metrics`);
