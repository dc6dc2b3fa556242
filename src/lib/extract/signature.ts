/**
 * A compact signature of a report's narrative text for near-duplicate detection (copy-pasted
 * reports): MinHash over 5-character shingles of the prose, digits masked so that reports that
 * differ only in their years and counts still match. 64 hashes, 8 hex digits each.
 */

const PERMUTATIONS = 64;
const SHINGLE = 5;

/** FNV-1a 32-bit hash of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic (a, b) pairs for the hash family h_i(x) = a_i * x + b_i (mod 2^32). */
const PARAMS: [number, number][] = Array.from({ length: PERMUTATIONS }, (_, i) => [
  (fnv1a(`a${i}`) | 1) >>> 0,
  fnv1a(`b${i}`),
]);

/** The prose a signature is made of: no whitespace, punctuation or digits. */
export function proseForSignature(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').replace(/\d+/g, '#');
}

/** MinHash signature (hex) of a text, or '' when it is too short to compare. */
export function narrativeSignature(text: string): string {
  const prose = proseForSignature(text);
  if (prose.length < 200) return '';
  const mins = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= prose.length; i++) {
    const x = fnv1a(prose.slice(i, i + SHINGLE));
    if (seen.has(x)) continue;
    seen.add(x);
    for (let k = 0; k < PERMUTATIONS; k++) {
      const [a, b] = PARAMS[k]!;
      const v = (Math.imul(a, x) + b) >>> 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return Array.from(mins, (v) => v.toString(16).padStart(8, '0')).join('');
}

/** Estimated Jaccard similarity of two signatures (share of equal hashes); null if either is empty. */
export function signatureSimilarity(a: string, b: string): number | null {
  if (!a || !b || a.length !== b.length) return null;
  let equal = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) equal++;
  return equal / (a.length / 8);
}
