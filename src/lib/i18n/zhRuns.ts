/**
 * Text split into Chinese and other runs, so quoted source text (body names, printed labels,
 * report titles) can be marked `lang="zh"` inside an English page: for screen readers, and so a
 * test can tell quoted Chinese from an interface string left untranslated.
 */

/** Han characters and CJK punctuation (full-width forms included). */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const RUNS =
  /([\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[\s\d·.-]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)*)/u;

export interface TextRun {
  text: string;
  zh: boolean;
}

/** `the text states 主动公开 425` -> [`the text states `, `主动公开` (zh), ` 425`]. */
export function zhRuns(text: string): TextRun[] {
  return text
    .split(RUNS)
    .filter((s) => s !== '')
    .map((s) => ({ text: s, zh: CJK.test(s) }));
}
