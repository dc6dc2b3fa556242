import { expect, it } from 'vitest';
import { EXTRACT_DEFAULTS, parseExtractArgs } from '../../../scripts/lib/extractArgs.ts';

it.each([
  [['a.txt'], { args: { paths: ['a.txt'], followLinks: false, ...EXTRACT_DEFAULTS } }],
  [
    ['a', '--out', 'data'],
    { args: { paths: ['a'], followLinks: false, ...EXTRACT_DEFAULTS, out: 'data' } },
  ],
  [
    ['--out=x', 'a', '--follow-links', '--jobs', '3', '--memory-limit=128', '--time-limit', '0.5'],
    {
      args: { paths: ['a'], out: 'x', followLinks: true, jobs: 3, memoryMb: 128, seconds: 0.5 },
    },
  ],
  [
    ['--', '--out', '-x'],
    { args: { paths: ['--out', '-x'], followLinks: false, ...EXTRACT_DEFAULTS } },
  ],
  [['a', '--out'], { error: '--out needs a value' }],
  [['a', '--out='], { error: '--out needs a value' }],
  [['a', '--out', '--follow-links'], { error: '--out needs a value' }],
  [['a', '--jobs', '0'], { error: '--jobs needs a whole number of at least 1' }],
  [['a', '--memory-limit', '16'], { error: '--memory-limit needs a whole number of at least 64' }],
  [['a', '--time-limit', 'soon'], { error: '--time-limit needs a number of seconds above 0' }],
  [['a', '--bogus'], { error: 'unknown option --bogus' }],
  [[], { error: 'no files or folders given' }],
  [['-h'], { help: true }],
])('parseExtractArgs(%j) is %j', (argv, want) => {
  expect(parseExtractArgs(argv)).toEqual(want);
});
