import { beforeAll, describe, expect, test } from 'vitest';
import {
  bodyNameEn,
  bodyPinyin,
  bodySearchText,
  loadPinyin,
  nameWords,
  pinyinLoaded,
} from '../../../src/lib/i18n/pinyin.ts';

test('before pinyin-pro has loaded, names are shown and searched as they are', () => {
  expect(pinyinLoaded()).toBe(false);
  expect(bodyNameEn('二道区')).toBe('二道区');
  expect(bodySearchText('二道区')).toBe('二道区');
});

describe('once pinyin-pro has loaded', () => {
  beforeAll(async () => {
    await loadPinyin();
  }, 30_000);

  test.each([
    ['平潭综合实验区', '平潭|综合|实验区'],
    ['长春市二道区人民政府', '长春|市|二道|区|人民|政府'],
    ['平潭县食品药品监督管理局', '平潭|县|食品|药品|监督|管理局'],
    ['平潭综合实验区市场监督管理局', '平潭|综合|实验区|市场|监督|管理局'],
    ['上海市科委', '上海|市|科委'],
  ])('nameWords(%s) is %s', (name, words) => {
    expect(nameWords(name).join('|')).toBe(words);
  });

  test.each([
    ['平潭综合实验区', 'Pingtan Zonghe Shiyanqu'],
    ['二道区人民政府', 'Erdao Qu Renmin Zhengfu'],
    ['淮安市洪泽区人民政府', "Huai'an Shi Hongze Qu Renmin Zhengfu"],
  ])('bodyPinyin(%s) is %s', (name, pinyin) => {
    expect(bodyPinyin(name)).toBe(pinyin);
  });

  test('bodyNameEn keeps the Chinese name and adds its pinyin', () => {
    expect(bodyNameEn('平潭综合实验区')).toBe('平潭综合实验区 (Pingtan Zonghe Shiyanqu)');
    expect(bodyNameEn('')).toBe('');
  });

  test('bodySearchText has the name and its pinyin with and without spaces, in lower case', () => {
    expect(bodySearchText('平潭综合实验区')).toBe(
      '平潭综合实验区 pingtan zonghe shiyanqu pingtanzongheshiyanqu',
    );
    expect(bodySearchText('淮安市')).toBe("淮安市 huai'an shi huaianshi");
  });
});
