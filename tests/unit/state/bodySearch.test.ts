import { expect, test } from 'vitest';
import { loadPinyin } from '../../../src/lib/i18n/pinyin.ts';
import {
  listOptions,
  matchesSearch,
  searchText,
  type BodyOption,
} from '../../../src/lib/state/bodySearch.ts';

const body = (
  body_key: string,
  body_name: string,
  city: string | null = null,
  district: string | null = null,
): BodyOption => ({ body_key, body_name, city, district, first_year: 2019, last_year: 2023 });

const ERDAO = body('二道区', '长春市二道区人民政府', '长春市', '二道区');
const PINGTAN = body('平潭综合实验区', '平潭综合实验区管理委员会', '福州市');
const LATIN = body('Test-Body', 'Test Body Office');
const BODIES = [ERDAO, PINGTAN, LATIN];

test('searchText(body) has its name, key, city, district and pinyin, lower-cased, one per line', () => {
  // The pinyin line is the name alone until pinyin-pro has loaded (the pinyin tests load it).
  expect(searchText(LATIN)).toBe('test body office\ntest-body\n\n\ntest body office');
  expect(searchText(ERDAO).split('\n').slice(0, 4)).toEqual([
    '长春市二道区人民政府',
    '二道区',
    '长春市',
    '二道区',
  ]);
});

test('once the pinyin has loaded, a body is found by it, with or without spaces', async () => {
  await loadPinyin();
  expect(matchesSearch(ERDAO, 'erdao')).toBe(true);
  expect(matchesSearch(PINGTAN, 'pingtan zonghe')).toBe(true);
  expect(matchesSearch(PINGTAN, 'pingtanzonghe')).toBe(true);
  expect(matchesSearch(ERDAO, 'pingtan')).toBe(false);
});

test.each([
  ['', ERDAO, true],
  ['  ', ERDAO, true],
  ['二道', ERDAO, true],
  ['长春', ERDAO, true],
  ['福州', PINGTAN, true],
  ['福州', ERDAO, false],
  ['office', LATIN, true],
  [' OFFICE ', LATIN, true],
  // A search never joins the end of one field to the start of the next.
  ['officetest', LATIN, false],
])('matchesSearch(%j) of %s is %s', (search, option, want) => {
  expect(matchesSearch(option, search)).toBe(want);
});

test('listOptions(bodies, search) lists the chosen bodies first, whatever the search', () => {
  const { listed, more } = listOptions(BODIES, '长春', ['Test-Body'], 100);
  expect(listed.map((b) => b.body_key)).toEqual(['Test-Body', '二道区']);
  expect(more).toBe(0);
});

test('listOptions cuts at the limit but keeps every chosen body, and counts the rest', () => {
  expect(listOptions(BODIES, '', [], 2)).toEqual({ listed: [ERDAO, PINGTAN], more: 1 });
  const all = listOptions(BODIES, '', ['Test-Body', '二道区', '平潭综合实验区'], 1);
  expect(all.listed.map((b) => b.body_key)).toEqual(['二道区', '平潭综合实验区', 'Test-Body']);
  expect(all.more).toBe(0);
});

test('listOptions with no match lists only the chosen bodies', () => {
  expect(listOptions(BODIES, 'nothing like it', [], 100)).toEqual({ listed: [], more: 0 });
});
