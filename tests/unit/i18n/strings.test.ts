import { expect, test } from 'vitest';
import { CJK } from '../../../src/lib/i18n/zhRuns.ts';
import { CODES, STRING_KEYS, codeName, t, type StringKey } from '../../../src/lib/state/strings.ts';

/** English strings that are Chinese on purpose: the project's name, and the word for "Chinese". */
const CHINESE_ON_PURPOSE: StringKey[] = ['appTitle', 'langToggle'];

test.each(STRING_KEYS.filter((k) => !CHINESE_ON_PURPOSE.includes(k)))(
  "t('en', %s) has no Chinese",
  (key) => {
    expect(t('en', key)).not.toMatch(CJK);
  },
);

test.each(CODES)("codeName('en', %s) has no Chinese", (code) => {
  expect(codeName('en', code)).not.toMatch(CJK);
  expect(codeName('zh', code)).not.toBe('');
});
