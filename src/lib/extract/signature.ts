/**
 * A compact signature of a report's narrative text for near-duplicate detection (copy-pasted
 * reports): MinHash (one-permutation hashing, 64 bins) over 5-character shingles of the prose,
 * digits masked so that reports that differ only in their years and counts still match.
 * 64 values, 8 hex digits each; the share of equal values estimates the Jaccard similarity.
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

/** A well-mixed 32-bit hash of a shingle (FNV-1a, then the murmur3 finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The prose a signature is made of: no whitespace, punctuation or digits. */
export function proseForSignature(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').replace(/\d+/g, '#');
}

/**
 * MinHash signature (hex) of a text, or '' when it is too short to compare. One-permutation
 * hashing: each shingle's hash picks one of 64 bins (top 6 bits) and the bin keeps its smallest
 * remainder, so the cost is one hash per shingle.
 */
export function narrativeSignature(text: string): string {
  const prose = proseForSignature(text);
  if (prose.length < 200) return '';
  const mins = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= prose.length; i++) {
    const h = mix(fnv1a(prose.slice(i, i + SHINGLE)));
    const bin = h >>> 26;
    const rest = h & 0x3ffffff;
    if (rest < mins[bin]!) mins[bin] = rest;
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
