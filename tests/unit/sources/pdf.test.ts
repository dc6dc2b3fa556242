import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/lib/sources/readSource.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url)));

describe('readSource(pdf, docx)', () => {
  it('readSource(text.pdf) reads the text layer', async () => {
    const result = await readSource('text.pdf', fixture('text.pdf'));
    expect(result).toMatchObject({ kind: 'text', source: 'pdf' });
    if (result.kind === 'text') expect(result.text).toContain('applications 12 and 7');
  });

  it('readSource(scanned.pdf) is an error naming the missing text layer, never an empty success', async () => {
    expect(await readSource('scanned.pdf', fixture('scanned.pdf'))).toEqual({
      kind: 'error',
      message: 'PDF has no text layer (scanned image); OCR is not supported',
    });
  });

  it('readSource(truncated.pdf) is an error with a message', async () => {
    const result = await readSource('truncated.pdf', fixture('truncated.pdf'));
    expect(result.kind).toBe('error');
  });

  it('readSource(x.pdf) without a PDF header is an error', async () => {
    expect(await readSource('x.pdf', new TextEncoder().encode('hello'))).toMatchObject({
      kind: 'error',
      message: 'not a PDF file (no %PDF header)',
    });
  });

  it('readSource(table.docx) renders the Word table as cells, the empty one included', async () => {
    const result = await readSource('table.docx', fixture('table.docx'));
    expect(result).toMatchObject({ kind: 'text', source: 'docx' });
    if (result.kind === 'text') {
      expect(result.text).toContain('| 规章 | 2 |   | 15 |');
      expect(result.text).toContain('| 行政规范性文件 | 7 | 1 | 40 |');
    }
  });
});
