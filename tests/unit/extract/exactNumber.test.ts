import { expect, it } from 'vitest';
import { exactNumber } from '../../../src/lib/extract/exactNumber.ts';

it.each([
  ['2841', 2841],
  ['-20', -20],
  ['+7', 7],
  ['1,234', 1234],
  ['0012', 12],
  ['5125.11', 5125.11],
  ['9007199254740991', 9007199254740991],
  ['9007199254740992', null],
  ['123456789012345678901234567890', null],
  ['0.000000000000001', 0.000000000000001],
  ['123456789.1234567', null],
  ['12345678.1234567', 12345678.1234567],
  ['1.50', 1.5],
  ['', null],
  ['１２', null],
  ['1e5', null],
])('exactNumber(%j) is %j', (printed, want) => {
  expect(exactNumber(printed)).toBe(want);
});
