import { describe, expect, it } from 'vitest';
import { loadPinyin } from '../../../src/lib/i18n/pinyin.ts';
import { searchBodies, searchText } from '../../../src/lib/state/overviewSearch.ts';

const BODIES = [
  { key: '二道区', name: '二道区人民政府' },
  { key: '平潭综合实验区', name: '平潭综合实验区' },
  { key: '上海市科委', name: '上海市科委' },
  { key: 'abc-office', name: 'ABC Office' },
];
const keys = (search: string) => searchBodies(BODIES, search).map((b) => b.key);

describe('searchBodies', () => {
  const cases: [string, string[]][] = [
    ['二道', ['二道区']],
    ['人民政府', ['二道区']],
    ['  平潭 ', ['平潭综合实验区']],
    ['ｏｆｆｉｃｅ', ['abc-office']],
    ['ABC-', ['abc-office']],
    ['北京', []],
  ];
  for (const [search, want] of cases)
    it(`searchBodies(bodies, ${JSON.stringify(search)}) finds ${want.join(', ') || 'none'}`, () => {
      expect(keys(search)).toEqual(want);
    });

  it("searchBodies(bodies, '') is every body, the same array", () => {
    expect(searchBodies(BODIES, '')).toBe(BODIES);
    expect(searchBodies(BODIES, '   ')).toBe(BODIES);
  });

  it('finds a body by its pinyin once pinyin-pro has loaded, never before', async () => {
    expect(keys('erdao')).toEqual([]);
    await loadPinyin();
    expect(keys('erdao')).toEqual(['二道区']);
    expect(keys('pingtanzonghe')).toEqual(['平潭综合实验区']);
  });

  it("searchText('  Ｏffice ') = 'office'", () => {
    expect(searchText('  Ｏffice ')).toBe('office');
  });
});
