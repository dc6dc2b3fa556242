/**
 * Split numbers printed without separators into cells: `801000081` into 7 cells gives, among
 * others, 80|1|0|0|0|0|81. A part never has a leading zero (`05`), decimals stay whole, and the
 * sign of a token belongs to its first part.
 */

export interface RunToken {
  /** Digits with an optional decimal part, e.g. `801000081`, `13575394432.52`. */
  digits: string;
  sign: '' | '-' | '+';
  /** Offset of the first digit in the normalised text. */
  start: number;
  /** A cell of its own (between pipes, or `1,234`): one part only. */
  whole?: boolean;
  /** End offset of the printed number (differs from start + digits when commas group it). */
  end?: number;
}

/** Digits of one part cut from a run: no more than a double holds exactly (exactNumber.ts). */
export const MAX_PART_DIGITS = 15;

export interface Part {
  text: string;
  value: number;
  start: number;
  end: number;
  /** Index of the token the part came from. */
  token: number;
}

/**
 * Every way to cut `tokens` into exactly `n` parts (each token gives at least one), in
 * lexicographic order of cut positions; `accept` filters complete splits; at most `limit` kept.
 */
export function splitDigitRun(
  tokens: readonly RunToken[],
  n: number,
  accept: (values: number[]) => boolean = () => true,
  limit = 5000,
): Part[][] {
  // A whole token counts as one digit: it can only give one part.
  const intLengths = tokens.map((t) => (t.whole ? 1 : intLength(t.digits)));
  const totalInt = intLengths.reduce((a, b) => a + b, 0);
  if (n < tokens.length || n > totalInt) return [];
  // A cut part never has more digits than a value holds: a run too long for n such parts has no
  // split (and would otherwise cost time quadratic in its length).
  const fewest = intLengths.reduce(
    (sum, len, i) => sum + (tokens[i]!.whole ? 1 : Math.ceil(len / MAX_PART_DIGITS)),
    0,
  );
  if (fewest > n) return [];
  const out: Part[][] = [];
  const parts: Part[] = [];
  let budget = 200_000;

  const walk = (tokenIndex: number, offset: number, remaining: number): void => {
    if (out.length >= limit || budget-- <= 0) return;
    if (tokenIndex === tokens.length) {
      if (remaining === 0) {
        const values = parts.map((p) => p.value);
        if (accept(values)) out.push(parts.slice());
      }
      return;
    }
    const token = tokens[tokenIndex]!;
    const intLen = intLengths[tokenIndex]!;
    const tokensLeft = tokens.length - tokenIndex - 1;
    const digitsLeftAfter = intLengths.slice(tokenIndex + 1).reduce((a, b) => a + b, 0);
    // The part starting at `offset` ends at `cut` (exclusive, in integer digits).
    const last = token.whole ? intLen : Math.min(intLen, offset + MAX_PART_DIGITS);
    for (let cut = token.whole ? intLen : offset + 1; cut <= last; cut++) {
      const isLast = cut === intLen;
      const partsAfter = remaining - 1;
      if (isLast) {
        if (partsAfter < tokensLeft || partsAfter > digitsLeftAfter) continue;
      } else {
        if (partsAfter < tokensLeft + 1) continue;
        if (partsAfter > digitsLeftAfter + (intLen - cut)) continue;
      }
      const text = token.whole
        ? token.digits
        : isLast
          ? token.digits.slice(offset)
          : token.digits.slice(offset, cut);
      if (text.length > 1 && text[0] === '0' && text[1] !== '.') continue;
      const signed = offset === 0 && token.sign === '-' ? '-' + text : text;
      parts.push({
        text: offset === 0 && token.sign ? token.sign + text : text,
        value: Number(signed),
        start: token.start + offset,
        end:
          token.whole && token.end !== undefined ? token.end : token.start + offset + text.length,
        token: tokenIndex,
      });
      if (isLast) walk(tokenIndex + 1, 0, partsAfter);
      else walk(tokenIndex, cut, partsAfter);
      parts.pop();
    }
  };
  walk(0, 0, n);
  return out;
}

function intLength(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? digits.length : dot;
}

/** Number of ways to split, counting only (no identities), capped: for notes and tests. */
export function countSplits(tokens: readonly RunToken[], n: number): number {
  return splitDigitRun(tokens, n, () => true, 100_000).length;
}
