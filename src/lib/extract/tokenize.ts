/**
 * Turn a table region of normalised text into a stream of label, number and empty-cell tokens,
 * whatever the flattening style: one cell per line, `|` separators or runs, markdown pipes,
 * space-separated cells, or cells run together without separators (SOURCES.md §B, §C).
 */

export type TokenKind = 'label' | 'num' | 'empty' | 'softEmpty' | 'rowBreak';

export interface Token {
  kind: TokenKind;
  /** Text as in the normalised text (labels: whitespace kept). */
  text: string;
  start: number;
  end: number;
  /** num: the number's characters without sign or unit, e.g. `801000081`, `5949.08`. */
  digits?: string;
  /** num: a leading `-` or `+`. */
  sign?: '' | '-' | '+';
  /** num: a unit printed right after the number (`元`, `万元`, `件`). */
  unit?: string;
  /** empty: `dash` for `-`, `—`, `/`, `无`; `blank` for a whitespace-only cell. */
  emptyKind?: 'blank' | 'dash';
  /** num: a cell of its own (bounded by pipes, or a comma-grouped number): never split further. */
  whole?: boolean;
  /** Line of the region the token is on (0 = the region's first line). */
  line?: number;
  /** num: the only thing printed on its line (no label, no other cell, no pipe). */
  alone?: boolean;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const DASH_CELL = /^(?:-{1,3}|—{1,2}|–|\/|无|－|──)$/;
const NUMBER_CELL = /^([+-]?)(\d[\d,]*(?:\.\d+)?)\s*(万元|元|件|条|个|人次|人|次|项|篇|份)?$/;
const LABEL_WITH_FIGURE = /^(.*[^\d\s])(\s*[:：]\s*)(\d+(?:\.\d+)?)\s*(?:条|件|个|项)?$/;
const MD_SEPARATOR = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/**
 * A page number that a PDF converter left between the lines of a table (`-4-`, `第 3 页 共 9 页`):
 * no cell is printed so (a signed cell has no dash after it, `- 3 -` may be three cells).
 */
const PAGE_NUMBER =
  /^\s*(?:([-—–])\d{1,3}\1|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)\s*$/;

/** Tokenise `text[start, end)`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let lineStart = start;
  let line = 0;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const first = tokens.length;
    if (!PAGE_NUMBER.test(text.slice(lineStart, lineEnd)))
      tokenizeLine(text, lineStart, lineEnd, tokens);
    for (let k = first; k < tokens.length; k++) tokens[k]!.line = line;
    const only = tokens.length === first + 1 ? tokens[first]! : null;
    if (only?.kind === 'num' && !text.slice(lineStart, lineEnd).includes('|')) only.alone = true;
    lineStart = lineEnd + 1;
    line++;
  }
  return tokens;
}

function tokenizeLine(text: string, start: number, end: number, out: Token[]): void {
  const line = text.slice(start, end);
  if (!line.includes('|')) {
    scanChars(text, start, end, out);
    return;
  }
  if (MD_SEPARATOR.test(line)) return;
  const pieces: { start: number; end: number }[] = [];
  let pieceStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '|') {
      pieces.push({ start: pieceStart, end: i });
      pieceStart = i + 1;
    }
  }
  const filled = pieces.filter((p) => text.slice(p.start, p.end).trim() !== '').length;
  const blankCells = pieces
    .slice(1, -1)
    .filter((p) => p.end > p.start && !text.slice(p.start, p.end).trim()).length;
  // A line that holds a whole table row (markdown, or `a | b | c`) is a row of its own; a line of
  // bare pipes (`|`, `|||||||`) only separates cells or stands for dropped ones.
  const isMarkdownRow =
    /^\s*\|/.test(line) && /\|\s*$/.test(line) && (filled > 0 || blankCells > 0);
  const isRow = isMarkdownRow || filled >= 2;
  if (isRow) out.push({ kind: 'rowBreak', text: '', start, end: start });
  pieces.forEach((piece, index) => {
    const content = text.slice(piece.start, piece.end);
    const inner = index > 0 && index < pieces.length - 1;
    if (content.trim() === '') {
      // `| |` is an empty cell; `||` (zero width) is a run that must not be counted (SOURCES.md §C).
      if (inner)
        out.push({
          kind: content.length > 0 ? 'empty' : 'softEmpty',
          text: content,
          start: piece.start,
          end: piece.end,
          emptyKind: 'blank',
        });
      return;
    }
    const lead = content.length - content.trimStart().length;
    const cellStart = piece.start + lead;
    const cellEnd = piece.start + content.trimEnd().length;
    const cell = text.slice(cellStart, cellEnd);
    if (DASH_CELL.test(cell)) {
      out.push({ kind: 'empty', text: cell, start: cellStart, end: cellEnd, emptyKind: 'dash' });
      return;
    }
    // A label cell that ends with its own figure (the Jilin line `…总数量(非新闻类、消息类):2条`).
    const trailing = LABEL_WITH_FIGURE.exec(cell);
    if (trailing && CJK.test(trailing[1]!)) {
      const numberStart = cellStart + trailing.index + trailing[1]!.length + trailing[2]!.length;
      out.push({
        kind: 'label',
        text: trailing[1]!,
        start: cellStart,
        end: cellStart + trailing[1]!.length,
      });
      pushNumber(text, numberStart, numberStart + trailing[3]!.length, out, true);
      return;
    }
    if (CJK.test(cell) && !NUMBER_CELL.test(cell)) {
      out.push({ kind: 'label', text: cell, start: cellStart, end: cellEnd });
      return;
    }
    scanChars(text, cellStart, cellEnd, out, true);
  });
  if (isRow) out.push({ kind: 'rowBreak', text: '', start: end, end });
}

const UNIT_AFTER_NUMBER = /^(万元|元)/;
const UNIT_BEFORE_BREAK = /^(件|条|个|人次|人|次|项|篇|份)(?=$|[\s|,，;；。:：)）])/;

/** Character-level scan of text without pipes: numbers, dashes, labels (brackets kept whole). */
function scanChars(text: string, start: number, end: number, out: Token[], inCell = false): void {
  let i = start;
  let labelStart = -1;
  const flushLabel = (to: number) => {
    if (labelStart >= 0) {
      const raw = text.slice(labelStart, to);
      if (raw.trim()) out.push({ kind: 'label', text: raw, start: labelStart, end: to });
      labelStart = -1;
    }
  };
  while (i < end) {
    const ch = text[i]!;
    if (ch === ' ') {
      if (labelStart < 0) i++;
      else i++;
      continue;
    }
    if (ch === '(') {
      const close = matchingBracket(text, i, end);
      if (close > 0) {
        if (labelStart < 0) labelStart = i;
        i = close + 1;
        continue;
      }
    }
    const numberMatch =
      isDigit(ch) ||
      ((ch === '-' || ch === '+') && isDigit(text[i + 1] ?? '') && !isDigit(text[i - 1] ?? 'x'))
        ? readNumber(text, i, end)
        : (ch === '-' || ch === '+') && isDigit(text[i + 1] ?? '') && isDigit(text[i - 1] ?? '')
          ? readNumber(text, i, end)
          : null;
    if (numberMatch) {
      const { numEnd, numbering } = numberMatch;
      if (numbering === 'all') {
        // The whole run is an item number (`2.`), part of the label that follows.
        if (labelStart < 0) labelStart = i;
        i = numEnd;
        continue;
      }
      flushLabel(i);
      const runEnd = numbering === 'none' ? numEnd : numbering.valueEnd;
      const token = pushNumber(text, i, runEnd, out, inCell);
      if (numbering !== 'none') {
        labelStart = runEnd;
      }
      // Past the number and a unit printed after it (`251000元`).
      i = Math.max(numEnd, token.end);
      continue;
    }
    if (isDashCell(text, i, end)) {
      flushLabel(i);
      const dashEnd = dashRunEnd(text, i, end);
      out.push({
        kind: 'empty',
        text: text.slice(i, dashEnd),
        start: i,
        end: dashEnd,
        emptyKind: 'dash',
      });
      i = dashEnd;
      continue;
    }
    if (labelStart < 0) labelStart = i;
    i++;
  }
  flushLabel(end);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Index of the bracket closing `text[open]`, or -1 when none within 80 characters. */
function matchingBracket(text: string, open: number, end: number): number {
  let depth = 0;
  const limit = Math.min(end, open + 80);
  for (let i = open; i < limit; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

type Numbering = 'none' | 'all' | { valueEnd: number };

/**
 * Read a digit run at `i` and decide whether its tail is an item number of the next label
 * (`00000002.其他…` = cells `0000000` + label `2.其他…`).
 */
function readNumber(
  text: string,
  i: number,
  end: number,
): { numEnd: number; numbering: Numbering } {
  let j = i;
  if (text[j] === '-' || text[j] === '+') j++;
  const digitsStart = j;
  while (
    j < end &&
    (isDigit(text[j]!) ||
      (text[j] === ',' && isDigit(text[j + 1] ?? '') && thousandsGroup(text, j + 1, end)))
  )
    j++;
  const intEnd = j;
  if (text[j] === '.' && isDigit(text[j + 1] ?? '')) {
    j++;
    while (j < end && isDigit(text[j]!)) j++;
    return { numEnd: j, numbering: 'none' };
  }
  // A year of a date (`2025年`, `2025 年`) is text, also when glued to cells before it.
  {
    let k = intEnd;
    if (text[k] === ' ') k++;
    const run = text.slice(digitsStart, intEnd);
    if (
      text[k] === '年' &&
      run.length >= 4 &&
      /^(19|20)\d\d$/.test(run.slice(-4)) &&
      text[i] !== '-' &&
      text[i] !== '+'
    ) {
      if (run.length === 4) return { numEnd: intEnd, numbering: 'all' };
      return { numEnd: intEnd, numbering: { valueEnd: intEnd - 4 } };
    }
  }
  // Item number: digits + `.`/`、` + optional spaces + a letter or CJK character.
  if ((text[intEnd] === '.' || text[intEnd] === '、') && text[i] !== '-' && text[i] !== '+') {
    let k = intEnd + 1;
    while (k < end && text[k] === ' ') k++;
    const next = text[k] ?? '';
    if (k < end && (CJK.test(next) || /[A-Za-z"“(]/.test(next))) {
      const run = text.slice(digitsStart, intEnd);
      const tail = run.length >= 2 && run.endsWith('0') && run[run.length - 2] === '1' ? 2 : 1;
      if (run.length <= tail) return { numEnd: intEnd + 1, numbering: 'all' };
      return { numEnd: intEnd + 1, numbering: { valueEnd: intEnd - tail } };
    }
  }
  return { numEnd: intEnd, numbering: 'none' };
}

function thousandsGroup(text: string, at: number, end: number): boolean {
  for (let k = 0; k < 3; k++) if (!isDigit(text[at + k] ?? '')) return false;
  return at + 3 >= end || !isDigit(text[at + 3]!);
}

function pushNumber(text: string, start: number, end: number, out: Token[], inCell = false): Token {
  let s = start;
  let sign: '' | '-' | '+' = '';
  if (text[s] === '-' || text[s] === '+') {
    sign = text[s] as '-' | '+';
    s++;
  }
  const digits = text.slice(s, end).replace(/,/g, '');
  const after = text.slice(end, end + 3);
  const unit =
    UNIT_AFTER_NUMBER.exec(after)?.[1] ??
    UNIT_BEFORE_BREAK.exec(after.trimStart() === after ? after : '')?.[1];
  const tokenEnd = unit ? end + unit.length : end;
  // Bounded by pipes, or grouped with commas (`1,234`): one cell, never cut into several.
  const whole = inCell || digits.length !== end - s;
  const token: Token = {
    kind: 'num',
    text: text.slice(start, tokenEnd),
    start,
    end: tokenEnd,
    digits,
    sign,
    unit,
  };
  if (whole) token.whole = true;
  out.push(token);
  return token;
}

function isDashCell(text: string, i: number, end: number): boolean {
  const ch = text[i]!;
  if (!'-—–/－─'.includes(ch)) return false;
  const runEnd = dashRunEnd(text, i, end);
  const before = text[i - 1] ?? ' ';
  const after = text[runEnd] ?? ' ';
  // A dash stands for an empty cell only when it stands alone between separators.
  return (
    /[\s|]/.test(before) &&
    (runEnd >= end || /[\s|]/.test(after)) &&
    DASH_CELL.test(text.slice(i, runEnd))
  );
}

function dashRunEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && '-—–/－─'.includes(text[j]!)) j++;
  return j;
}
