/** Chinese numerals of narrative text (`二十三`, `一百零五`, `两千`) to numbers; null if not one. */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

export function chineseNumber(text: string): number | null {
  if (!text) return null;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  // Digit by digit, no units (`二〇一七`): a year or a code, read positionally.
  if (text.length > 1 && [...text].every((ch) => ch in DIGITS))
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      if (unit === 10000) {
        total += (section + (digit ?? 0)) * unit;
        section = 0;
      } else {
        section += (digit ?? (unit === 10 ? 1 : 0)) * unit;
      }
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
