/**
 * The value of a printed number, when a double holds it exactly: an integer within the safe range
 * (±2^53 − 1), or a decimal of at most 15 significant digits. Anything wider would be stored
 * rounded — digits the report never printed — so it has no value (`unreadable`).
 */
const MAX_DIGITS = 15;

/** `'1,234'` -> 1234, `'-20'` -> -20; null for a number a double cannot hold exactly or no number. */
export function exactNumber(printed: string): number | null {
  const s = printed.replace(/,/g, '');
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const [, , int, frac] = m;
  if (frac === undefined) {
    const value = Number(s);
    return Number.isSafeInteger(value) ? value : null;
  }
  const significant = `${int}${frac}`.replace(/^0+/, '').replace(/0+$/, '');
  return significant.length <= MAX_DIGITS ? Number(s) : null;
}
