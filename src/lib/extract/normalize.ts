/**
 * Text normalisation with a map back to the original offsets (METRICS.md §4.1):
 * Word/HTML residue removed, NFKC, traditional -> simplified, whitespace unified.
 */
import * as OpenCC from 'opencc-js';

export interface NormalizedText {
  /** The normalised text: NFKC, simplified, `\n` line breaks, other whitespace as ' '. */
  text: string;
  /** `toRaw[i]` is the offset in the original text of normalised char `i`; `toRaw[text.length]` = raw length. */
  toRaw: Int32Array;
}

// Residue that crawlers leave in page text (conditional comments of Word HTML, entities), and
// any markup read as text: tags with their attributes (`width="198"`, `0.7500pt`), style and
// script blocks and comments are masked whatever their length, so no number inside them is
// ever read as a value.
const RESIDUE =
  /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--\[if[^\]]*\]>|<!\[endif\]-->|<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]{0,4000}>/gi;
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&ensp;': ' ',
  '&emsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#160;': ' ',
  '&#12288;': ' ',
};
const ENTITY = /&(?:nbsp|ensp|emsp|amp|lt|gt|quot|#160|#12288);/g;

let toSimplified: ((s: string) => string) | null = null;
let traditionalChars: Set<string> | null = null;

function converters() {
  if (!toSimplified) {
    // Character-level t -> cn: phrase tables (twp) would also turn mainland words such as 文件 into
    // 文档, so Taiwan vocabulary of mirror sites is fixed by a short list instead (fixConversionSlips).
    toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    traditionalChars = new Set();
    for (const text of flattenStrings(OpenCC.Locale.to.cn as unknown)) {
      for (const pair of text.split('|')) {
        const [from, to] = pair.split(' ');
        if (from && to && from.length === 1 && from !== to) traditionalChars.add(from);
      }
    }
  }
  return { toSimplified: toSimplified!, traditionalChars: traditionalChars! };
}

function flattenStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flattenStrings);
  return [];
}

/** Characters NFKC leaves alone: ASCII printable and the CJK unified block. */
function isStable(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
}

/** Whether the text is in traditional characters (a few stray ones in simplified text do not count). */
export function hasTraditional(text: string): boolean {
  // One pass over UTF-16 units with a table: every traditional character is a single unit, and
  // this runs on every report (twice), where a class of thousands of characters was slow.
  const table = traditionalTable();
  let traditional = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (table[code]) traditional++;
    if (code >= 0x4e00 && code <= 0x9fff) cjk++;
  }
  if (traditional < 5) return false;
  return traditional >= cjk * 0.02;
}

let traditionalUnits: Uint8Array | null = null;

/** 1 at the code of each traditional character (all in the Basic Multilingual Plane). */
function traditionalTable(): Uint8Array {
  if (!traditionalUnits) {
    traditionalUnits = new Uint8Array(0x10000);
    for (const ch of converters().traditionalChars) traditionalUnits[ch.charCodeAt(0)] = 1;
  }
  return traditionalUnits;
}

/** Normalise a report text, keeping a map from every output char to its raw offset. */
export function normalizeText(raw: string): NormalizedText {
  // 1. Mask residue and entities (kept as spaces or their character, offsets preserved).
  const masks: { start: number; end: number; text: string }[] = [];
  for (const m of raw.matchAll(RESIDUE))
    masks.push({ start: m.index, end: m.index + m[0].length, text: ' ' });
  for (const m of raw.matchAll(ENTITY))
    masks.push({ start: m.index, end: m.index + m[0].length, text: ENTITIES[m[0]] ?? ' ' });
  masks.sort((a, b) => a.start - b.start);

  const out: string[] = [];
  const map: number[] = [];
  let maskIndex = 0;
  let i = 0;
  while (i < raw.length) {
    const mask = masks[maskIndex];
    if (mask && mask.start === i) {
      out.push(mask.text);
      map.push(i);
      i = mask.end;
      maskIndex++;
      while (masks[maskIndex] && masks[maskIndex]!.start < i) maskIndex++;
      continue;
    }
    const code = raw.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    let piece: string;
    if (code === 0x0d) piece = raw[i + 1] === '\n' ? '' : '\n';
    else if (code === 0x0a) piece = '\n';
    else if (code === 0x09 || code === 0x0b || code === 0x0c) piece = ' ';
    else if (
      code === 0x200b ||
      code === 0x200c ||
      code === 0x200d ||
      code === 0xfeff ||
      code === 0xad
    )
      piece = '';
    else if (isStable(code)) piece = raw[i]!;
    else {
      piece = String.fromCodePoint(code).normalize('NFKC');
      if (/^\s+$/u.test(piece)) piece = ' ';
      else if (code === 0x3007) piece = '〇';
    }
    for (const ch of piece) {
      out.push(ch);
      // One map entry per UTF-16 unit, so text[k] and toRaw[k] line up for astral characters too.
      for (let unit = 0; unit < ch.length; unit++) map.push(i);
    }
    i += width;
  }
  map.push(raw.length);
  let text = out.join('');

  const traditional = hasTraditional(text);
  if (traditional) {
    const convert = converters().toSimplified;
    const converted = convert(text);
    // Offsets need a 1:1 conversion; fall back to converting character by character.
    text =
      converted.length === text.length
        ? converted
        : out
            .map((ch) => {
              const c = convert(ch);
              return c.length === ch.length ? c : ch;
            })
            .join('');
  }
  // Mirror-site vocabulary fixes only for converted text: 档案 is a real word in simplified text.
  if (traditional) text = fixConversionSlips(text);
  return { text, toRaw: Int32Array.from(map) };
}

/** Known bad conversions of mirror sites (SOURCES.md §C): same length, so offsets hold. */
function fixConversionSlips(text: string): string {
  return text
    .replace(/强製/g, '强制')
    .replace(/规范性档案/g, '规范性文件')
    .replace(/公开档案/g, '公开文件')
    .replace(/政府资讯/g, '政府信息');
}

/** Text with all whitespace removed, plus a map back to positions in `text`. */
export function compact(text: string): { text: string; toText: Int32Array } {
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n') continue;
    chars.push(ch);
    map.push(i);
  }
  map.push(text.length);
  return { text: chars.join(''), toText: Int32Array.from(map) };
}
