/**
 * The string literals of a page script, unescaped, in order: the HTML a `document.write('…')` or
 * an `innerHTML = "…"` puts on the page (a report saved as its page script holds only this).
 */

/** Signs that a text is (or holds) a script writing markup. */
export const WRITES_MARKUP =
  /document\s*\.\s*write(?:ln)?\s*\(|\.innerHTML\s*\+?=|\b(?:var|let|const)\s+[\w$]+\s*=\s*['"`]/;

const SIMPLE: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/** The value of one escape sequence starting after the backslash at `i`; [text, next index]. */
function unescapeAt(s: string, i: number): [string, number] {
  const c = s[i] ?? '';
  if (c === 'u' && s[i + 1] === '{') {
    const end = s.indexOf('}', i);
    const code = parseInt(s.slice(i + 2, end), 16);
    return end > 0 && code <= 0x10ffff ? [String.fromCodePoint(code), end + 1] : [c, i + 1];
  }
  if (c === 'u' && /^[0-9a-f]{4}$/i.test(s.slice(i + 1, i + 5)))
    return [String.fromCharCode(parseInt(s.slice(i + 1, i + 5), 16)), i + 5];
  if (c === 'x' && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3)))
    return [String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16)), i + 3];
  if (c === '\r' && s[i + 1] === '\n') return ['', i + 2]; // line continuation
  if (c === '\n' || c === '\r') return ['', i + 1];
  return [SIMPLE[c] ?? c, i + 1];
}

export interface ScriptStrings {
  /** Every literal's value, in order. */
  values: string[];
  /** The script with its literals blanked out (what is code, not data). */
  code: string;
}

/** Scan a script for its string literals (comments skipped; template `${…}` parts dropped). */
export function scriptStrings(script: string): ScriptStrings {
  const values: string[] = [];
  let code = '';
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === '/' && script[i + 1] === '/') {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
      continue;
    }
    if (c === '/' && script[i + 1] === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
      continue;
    }
    if (c !== "'" && c !== '"' && c !== '`') {
      code += c;
      i++;
      continue;
    }
    let value = '';
    let j = i + 1;
    while (j < script.length && script[j] !== c) {
      if (script[j] === '\\') {
        const [text, next] = unescapeAt(script, j + 1);
        value += text;
        j = next;
      } else if (c === '`' && script[j] === '$' && script[j + 1] === '{') {
        const end = script.indexOf('}', j);
        j = end < 0 ? script.length : end + 1;
      } else if (c !== '`' && script[j] === '\n') {
        break; // an unterminated quote (an apostrophe in prose): not a literal
      } else value += script[j++];
    }
    if (script[j] !== c) {
      code += c;
      i++;
      continue;
    }
    values.push(value);
    code += ' ';
    i = j + 1;
  }
  return { values, code };
}
