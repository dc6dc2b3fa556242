import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileReason } from '../../../src/lib/import/fileLine.ts';
import { importFiles } from '../../../src/lib/import/importFiles.ts';
import { makePdf } from '../../lib/makePdf.ts';

describe('fileReason', () => {
  it.each([
    ['error', 'PDF has no text layer (scanned image); OCR is not supported', 'scanned'],
    ['error', 'file is 61.0 MB; files over 50 MB are refused', 'tooLarge'],
    ['unsupported', 'old binary Word document (.doc): not supported (reads …)', 'format'],
    ['unsupported', 'OFD document: not supported (reads …)', 'format'],
    ['error', 'not a PDF file (no %PDF header)', 'unreadable'],
  ] as const)('fileReason(%j, %j) is %j', (status, message, reason) =>
    expect(fileReason(status, message)).toBe(reason),
  );
});

describe('importFiles', () => {
  const file = (name: string, content: Uint8Array | string, size?: number) => {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { name, size: size ?? bytes.length, bytes: async () => bytes };
  };

  it('gives a line per file and goes on past bad ones', async () => {
    const lines: [number, string, string | null][] = [];
    const batch = await importFiles(
      [
        file(
          'scan.pdf',
          makePdf(1, () => ''),
        ),
        file('huge.txt', 'x', 60 * 1024 * 1024),
        file('old.doc', 'x'),
        file('unreadable.txt', ''),
        file('note.txt', '会议通知：请各部门按时参会。'),
      ].map((f, i) =>
        i === 3 ? { ...f, bytes: () => Promise.reject(new Error('the file was moved')) } : f,
      ),
      (i, line) => lines.push([i, line.status, line.reason]),
    );
    expect(lines).toEqual([
      [0, 'error', 'scanned'],
      [1, 'error', 'tooLarge'],
      [2, 'unsupported', 'format'],
      [3, 'error', 'unreadable'],
      [4, expect.any(String), 'notReport'],
    ]);
    expect(batch.reports.map((r) => r.report_id)).toEqual([
      'scan',
      'huge',
      'old',
      'unreadable',
      'note',
    ]);
    expect(batch.reports[3]!.message).toBe('cannot read file: the file was moved');
  });

  it('counts the checks a report fails as soon as its file is read', async () => {
    const text = readFileSync(
      new URL('../../../corpus/raw/jilin-changchun-erdao-2017.txt', import.meta.url),
    );
    const lines: number[] = [];
    const batch = await importFiles([file('erdao-2017.txt', new Uint8Array(text))], (_, line) =>
      lines.push(line.failed),
    );
    const failed = batch.checks.filter((c) => c.status === 'fail').length;
    // P_review_split 22 vs 21 among them (the line was 0 before the checks came with the file).
    expect(failed).toBeGreaterThan(0);
    expect(lines).toEqual([failed]);
  });
});
