import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/lib/sources/readSource.ts';
import { MAX_UNZIPPED_BYTES, unzippedSize } from '../../../src/lib/sources/zipSize.ts';
import { makeZip } from '../../lib/makeZip.ts';

const chunk = new TextEncoder().encode('<w:p><w:r><w:t>12</w:t></w:r></w:p>'.padEnd(1024));
const bomb = (mb: number) =>
  makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': { chunk, times: mb * 1024 } });

describe('unzippedSize', () => {
  it('unzippedSize(table.docx) is the sum of its entries', () => {
    const size = unzippedSize(new Uint8Array(readFileSync('tests/fixtures/sources/table.docx')));
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(MAX_UNZIPPED_BYTES);
  });

  it('unzippedSize(a 2 MB zip of 400 MB) reads 400 MB without inflating', () => {
    const zip = bomb(400);
    expect(zip.length).toBeLessThan(3 * 1024 * 1024);
    expect(unzippedSize(zip)).toBe(8 + 400 * 1024 * 1024);
  });

  it.each([
    ['not a zip', new TextEncoder().encode('PK but nothing')],
    ['empty', new Uint8Array()],
  ])('unzippedSize(%s) is null', (_, bytes) => {
    expect(unzippedSize(bytes)).toBeNull();
  });

  it('readSource(a Word zip bomb) is refused before inflating', async () => {
    const t0 = performance.now();
    expect(await readSource('bomb.docx', bomb(400))).toEqual({
      kind: 'error',
      message:
        'cannot read docx: document inflates to 400 MB; Word files over 50 MB inflated are refused',
    });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
