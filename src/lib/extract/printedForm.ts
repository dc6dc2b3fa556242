/**
 * A value as the report prints it: the original text behind a normalised span (`１２` where the
 * extractor read `12`), when the two differ only by Unicode compatibility forms (NFKC). Anything
 * else the normalisation removed (markup residue, whitespace) keeps the normalised form.
 */
export function printedForm(
  raw: string,
  toRaw: Int32Array,
  start: number | null,
  end: number | null,
  normalised: string,
): string {
  if (start === null || end === null || end <= start) return normalised;
  const printed = raw.slice(toRaw[start]!, toRaw[end]!).trim();
  if (printed === normalised) return normalised;
  return printed.normalize('NFKC') === normalised ? printed : normalised;
}
