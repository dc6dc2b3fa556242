/**
 * Row labels: split off numbering (`（一）`, `1.`, `一、`, `其中：`) and notes in brackets, and
 * score a label against the label variants of a metric (tolerating cut or garbled labels).
 */

const MARKER =
  /(?<!第)\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}[.、](?!\d)|\(\d{1,2}\)|其中:|(?<=^|\s)[一二三四五六七八九十]\)/g;
const PUNCT = /[\s"“”'‘’《》<>「」:;,.、，。；：!?·…\-—_*#|【】[\]]/g;

/** Split a label into numbered pieces: `（三）不予公开1.属于国家秘密` -> [`（三）不予公开`, `1.属于国家秘密`]. */
export function labelPieces(label: string): string[] {
  const cuts = [0];
  for (const m of label.matchAll(MARKER)) if (m.index > 0) cuts.push(m.index);
  cuts.push(label.length);
  const pieces: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = label.slice(cuts[i], cuts[i + 1]);
    if (piece.trim()) pieces.push(piece);
  }
  return pieces;
}

/** The matching core of a label: no numbering, no bracketed notes, no punctuation or spaces. */
export function labelCore(label: string): string {
  let s = label.replace(MARKER, ' ');
  const withoutNotes = s.replace(/\([^()]*\)/g, ' ');
  if (withoutNotes.replace(PUNCT, '')) s = withoutNotes;
  return s.replace(PUNCT, '').replace(/[()]/g, '');
}

/** The item number printed in front of a label piece (`1.`, `（三）`), or ''. */
export function labelNumber(piece: string): string {
  const m =
    /^\s*(\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|\(\d{1,2}\))/.exec(
      piece,
    );
  return m ? m[1]!.replace(/[()、.]/g, '') : '';
}

/** Words in front of a row label that only say it is a part (`其中`, `含`, `包括`). */
const PART_WORDS = /^(?:其中|含|包括|另)/;
/** Count words at the end of a label: the same row is printed `…数量`, `…数`, `…件数`, `…件` or bare. */
const COUNT_WORDS = /(?:数量|件数|条数|个数|次数|人数|总数|数|件|条|个|次)$/;

const formCache = new Map<string, string>();

/**
 * The family form of a label core: without the words that say it is a part or a count. Labels of
 * one family (`行政复议数量`, `行政复议数`, `其中行政复议件`) share it.
 */
export function labelForm(core: string): string {
  let form = formCache.get(core);
  if (form === undefined) {
    form = core.replace(PART_WORDS, '').replace(COUNT_WORDS, '');
    // Memoised: every row label is compared with every key of the catalogue.
    if (formCache.size > 50_000) formCache.clear();
    formCache.set(core, form);
  }
  return form;
}

/** Similarity of two labels of one family: below an exact or suffix match, above the 0.9 bar. */
export const FAMILY_SCORE = 0.92;

/**
 * Similarity in [0, 1] of a label core to one key (a label variant's core). With `floor`, a score
 * that cannot beat it may come back as 0 (the common-subsequence ratio is then not computed).
 */
export function similarity(core: string, key: string, floor = 0): number {
  if (!core || !key) return 0;
  if (core === key) return 1;
  if (key.length >= 2 && core.endsWith(key)) return 0.95;
  // One family: the key's form ends the label's, and is long enough that `其他件` is no family.
  const keyForm = labelForm(key);
  if (keyForm.length >= 4 && labelForm(core).endsWith(keyForm)) return FAMILY_SCORE;
  if (
    key.length >= 3 &&
    core.length >= 3 &&
    key.startsWith(core) &&
    core.length >= 0.6 * key.length
  )
    return 0.85;
  if (key.length >= 4 && core.includes(key)) return 0.85;
  const short = Math.min(core.length, key.length);
  const long = Math.max(core.length, key.length);
  if (short < 4 || long > 2.2 * short) return 0;
  // The ratio is at most 2·short / (short + long): no need to compute it when that loses anyway.
  if ((2 * short) / (core.length + key.length) <= floor) return 0;
  return (2 * lcs(core, key)) / (core.length + key.length);
}

/** Best similarity of a core to any of several keys, and that key. */
export function bestSimilarity(core: string, keys: readonly string[]): number {
  return bestKey(core, keys).score;
}

function bestKey(core: string, keys: readonly string[]): { score: number; key: string } {
  let best = { score: 0, key: '' };
  for (const key of keys) {
    const s = similarity(core, key, best.score);
    if (s > best.score) best = { score: s, key };
    if (best.score === 1) break;
  }
  return best;
}

// Rows of the common-subsequence table, reused (labels are short; grown when one is not).
let prevRow = new Uint16Array(64);
let curRow = new Uint16Array(64);

function lcs(a: string, b: string): number {
  if (prevRow.length <= b.length) {
    prevRow = new Uint16Array(2 * b.length + 2);
    curRow = new Uint16Array(2 * b.length + 2);
  }
  const prev = prevRow.fill(0, 0, b.length + 1);
  const cur = curRow.fill(0, 0, b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    prev.set(cur.subarray(0, b.length + 1));
  }
  return prev[b.length]!;
}

const tailCache = new Map<string, { piece: string; core: string }[]>();

/** The last 1–3 numbered pieces of a label with their cores (memoised: labels are scored often). */
function labelTails(label: string): { piece: string; core: string }[] {
  let tails = tailCache.get(label);
  if (tails) return tails;
  const pieces = labelPieces(label);
  tails = [];
  for (let n = 1; n <= Math.min(pieces.length, 3); n++) {
    const piece = pieces.slice(pieces.length - n).join('');
    tails.push({ piece, core: labelCore(piece) });
  }
  if (tailCache.size > 20_000) tailCache.clear();
  tailCache.set(label, tails);
  return tails;
}

/**
 * Score a whole row label against keys, trying the last numbered piece first, then longer tails
 * (so a row-span group label in front, `三、本年度办理结果（一）予以公开`, does not get in the way).
 */
export function scoreLabel(
  label: string,
  keys: readonly string[],
): { readonly score: number; readonly piece: string } {
  // Memoised per key list and label: reports of one template print the same labels, and every
  // label is scored against every row of the catalogue.
  let byLabel = scoreCache.get(keys);
  if (!byLabel) scoreCache.set(keys, (byLabel = new Map()));
  let scored = byLabel.get(label);
  if (!scored) {
    scored = scoreUncached(label, keys);
    if (byLabel.size > 5_000) byLabel.clear();
    byLabel.set(label, scored);
  }
  return scored;
}

const scoreCache = new WeakMap<readonly string[], Map<string, { score: number; piece: string }>>();

function scoreUncached(label: string, keys: readonly string[]): { score: number; piece: string } {
  let best = { score: 0, piece: '', key: '' };
  labelTails(label).some(({ piece, core }, n) => {
    const { score: s, key } = bestKey(core, keys);
    const score = s - n * 0.02;
    if (score > best.score) best = { score, piece, key };
    return score >= 0.95;
  });
  // Trimming costs a few core computations: only for a score that can win a match.
  const trim = best.key && best.score >= 0.8;
  return { score: best.score, piece: trim ? trimToKey(best.piece, best.key) : best.piece };
}

/**
 * The shortest tail of a matched piece that still holds the key, with its item number: drops
 * header text run together in front (`指标名称单位2016年历年累计主动公开文件数` -> `主动公开文件数`).
 */
function trimToKey(piece: string, printedKey: string): string {
  if (labelCore(piece) === printedKey) return piece;
  // A label of the key's family holds the family form, not the key (`主动公开信息条数`).
  const key = labelCore(piece).includes(printedKey) ? printedKey : labelForm(printedKey);
  // Usually the key stands in the piece as printed; only a key broken by spaces or notes needs
  // the character-by-character search.
  const literal = piece.lastIndexOf(key);
  const starts =
    literal >= 0
      ? [literal]
      : Array.from(
          { length: Math.max(0, piece.length - key.length + 1) },
          (_, i) => piece.length - key.length - i,
        );
  for (const start of starts) {
    const tail = piece.slice(start);
    if (labelCore(tail).includes(key)) {
      const before = piece.slice(0, start);
      const number =
        /(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|其中:)\s*$/.exec(
          before,
        );
      return (number ? number[0] : '') + tail;
    }
  }
  return piece;
}
