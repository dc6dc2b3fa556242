/**
 * Fuzzing of the HTML and PDF readers (fast-check): for any page built from table-ish and hostile
 * HTML pieces, and any damage to a valid PDF, reading never throws, never hangs, and the extractor
 * never throws on what was read. `FUZZ_RUNS_SCALE=20` for a long local hunt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/index.ts';
import { htmlToText } from '../../src/lib/sources/html.ts';
import { HtmlLimitError } from '../../src/lib/sources/htmlLimits.ts';
import { readSource } from '../../src/lib/sources/readSource.ts';
import { makePdf } from '../lib/makePdf.ts';
import { ROOT } from './cli.ts';

const scale = Number(process.env.FUZZ_RUNS_SCALE ?? '1');
const runs = (n: number) => Math.max(1, Math.round(n * scale));

/** Resolves with `promise`, or rejects when it takes longer than `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}

const span = fc.oneof(
  fc.integer({ min: -5, max: 200 }).map(String),
  fc.constantFrom('', 'x', '1e9', '999999999', 'NaN', '2.5', ' 3 '),
);
const attrs = fc
  .array(
    fc.oneof(
      span.map((v) => ` rowspan="${v}"`),
      span.map((v) => ` colspan=${v}`),
      fc.constantFrom(
        ' class=MsoNormal',
        ' style="mso-x:1"',
        " onclick='alert(1)'",
        ' href="javascript:x"',
      ),
    ),
    { maxLength: 3 },
  )
  .map((a) => a.join(''));
const tag = fc.constantFrom(
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'div',
  'p',
  'span',
  'script',
  'style',
  'br',
  'h1',
  'li',
  'o:p',
  'svg',
  'title',
);
const piece = fc.oneof(
  fc.tuple(tag, attrs).map(([t, a]) => `<${t}${a}>`),
  tag.map((t) => `</${t}>`),
  fc.constantFrom(
    '行政复议',
    '三、收到和处理政府信息公开申请情况',
    '本年新收',
    '自然人',
    '总计',
    '12',
    '0',
    '1,234',
    '-',
    '｜',
    '|',
  ),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.constantFrom(
    '&nbsp;',
    '&#12288;',
    '&amp;',
    '&#x0;',
    '&bogus;',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<',
    '>',
    '"',
    "'",
  ),
  fc.string({ maxLength: 8 }),
);
const page = fc.array(piece, { maxLength: 200 }).map((p) => p.join(''));

describe('fuzz: HTML reader', () => {
  it('htmlToText(any page) returns text or refuses it with a limit, quickly', () => {
    fc.assert(
      fc.property(page, (html) => {
        const t0 = performance.now();
        try {
          expect(typeof htmlToText(html).text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(HtmlLimitError);
        }
        expect(performance.now() - t0).toBeLessThan(2000);
      }),
      { numRuns: runs(300) },
    );
  });

  it('readSource(any page as .html) never throws, and the extractor never throws on its text', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        const source = await within(5000, readSource('fuzz.html', new TextEncoder().encode(html)));
        expect(['text', 'error']).toContain(source.kind);
        if (source.kind === 'text') extractReport({ text: source.text, reportId: 'fuzz' });
      }),
      { numRuns: runs(150) },
    );
  });

  it('htmlToText(tables of random spans) stays within the grid limits', () => {
    const table = fc
      .array(fc.array(fc.tuple(span, span), { minLength: 1, maxLength: 30 }), {
        minLength: 1,
        maxLength: 40,
      })
      .map(
        (rows) =>
          `<p>行政复议</p><table>${rows
            .map(
              (r) =>
                `<tr>${r.map(([rs, cs]) => `<td rowspan="${rs}" colspan="${cs}">1</td>`).join('')}</tr>`,
            )
            .join('')}</table>`,
      );
    fc.assert(
      fc.property(table, (html) => {
        try {
          const { text } = htmlToText(html);
          expect(text.length).toBeLessThan(5_000_000);
        } catch (error) {
          expect(error).toBeInstanceOf(HtmlLimitError);
        }
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('fuzz: PDF reader', () => {
  const bases = [
    new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/sources/text.pdf'))),
    makePdf(3, (n) => `Report 2023 page ${n}: applications ${n * 12} and 7`),
  ];
  const damaged = fc
    .tuple(
      fc.integer({ min: 0, max: bases.length - 1 }),
      fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
          fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
          fc.record({
            kind: fc.constant('insert' as const),
            at: fc.nat(),
            bytes: fc.uint8Array({ maxLength: 64 }),
          }),
          fc.record({
            kind: fc.constant('repeat' as const),
            at: fc.nat(),
            length: fc.nat(400),
            times: fc.integer({ min: 1, max: 50 }),
          }),
        ),
        { minLength: 1, maxLength: 6 },
      ),
    )
    .map(([b, edits]) => {
      let bytes = Array.from(bases[b]!);
      for (const e of edits) {
        const at = e.at % Math.max(1, bytes.length);
        if (e.kind === 'flip') bytes[at] = e.byte;
        else if (e.kind === 'cut') bytes = bytes.slice(0, Math.max(at, 8));
        else if (e.kind === 'insert') bytes.splice(at, 0, ...e.bytes);
        else {
          const slice = bytes.slice(at, at + e.length);
          bytes.splice(at, 0, ...Array.from({ length: e.times }, () => slice).flat());
        }
      }
      return Uint8Array.from(bytes);
    });

  it('readSource(a damaged PDF) answers with text or an error, never throws or hangs', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const source = await within(10_000, readSource('fuzz.pdf', bytes));
        expect(['text', 'error']).toContain(source.kind);
        if (source.kind === 'text') extractReport({ text: source.text, reportId: 'fuzz' });
      }),
      { numRuns: runs(60) },
    );
  });
});
