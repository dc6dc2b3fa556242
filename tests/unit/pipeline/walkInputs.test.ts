import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeWalkFs } from '../../../scripts/lib/nodeWalkFs.ts';
import { walkInputs, type WalkEntry } from '../../../src/lib/pipeline/walkInputs.ts';

let dir = '';
let outside = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-walk-'));
  outside = mkdtempSync(join(tmpdir(), 'nianbao-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'x');
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  writeFileSync(join(dir, 'a/one.txt'), '1');
  writeFileSync(join(dir, 'a/b/two.txt'), '22');
  writeFileSync(join(dir, 'a/README.md'), 'notes');
  writeFileSync(join(dir, 'a/.hidden.txt'), 'h');
  symlinkSync('.', join(dir, 'a/s1'));
  symlinkSync('.', join(dir, 'a/s2'));
  symlinkSync('..', join(dir, 'a/b/up'));
  symlinkSync('one.txt', join(dir, 'a/same.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'a/out.txt'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'a/broken.txt'));
  execFileSync('mkfifo', [join(dir, 'a/pipe.txt')]);
  mkdirSync(join(dir, 'a/locked'));
  writeFileSync(join(dir, 'a/locked/three.txt'), '3');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const short = (e: WalkEntry) =>
  e.kind === 'file'
    ? `file ${e.path.slice(dir.length + 1)} ${e.size}`
    : `${e.status} ${e.path.slice(dir.length + 1)}: ${e.message.split(/:|,/)[0]}`;

describe('walkInputs', () => {
  it('walkInputs(folder with link loops, a twin link, a FIFO, an unreadable folder, a broken and an outside link) lists each file once and every problem as an entry', () => {
    // Permissions do not stop root: the unreadable folder fails as it would for a user.
    const fs = {
      ...nodeWalkFs,
      readdir: (p: string) => {
        if (p.endsWith('locked')) throw new Error(`EACCES: permission denied, scandir '${p}'`);
        return nodeWalkFs.readdir(p);
      },
    };
    const { entries, log } = walkInputs([join(dir, 'a')], fs);
    expect(entries.map(short)).toEqual([
      'file a/b/two.txt 2',
      'error a/broken.txt: broken symbolic link',
      'error a/locked: cannot read folder',
      'file a/one.txt 1',
      `unsupported a/out.txt: symbolic link to ${join(outside, 'secret.txt')}`,
      'unsupported a/pipe.txt: not a regular file (FIFO)',
    ]);
    expect(entries.find((e) => e.path.endsWith('out.txt'))).toMatchObject({
      message: expect.stringMatching(/outside the paths given: not followed \(--follow-links/),
    });
    expect(entries.find((e) => e.path.endsWith('locked'))).toMatchObject({
      message: expect.stringContaining('EACCES'),
    });
    expect(log.some((l) => l.includes('a/s1: same folder as'))).toBe(true);
    expect(log.some((l) => l.includes('a/b/up: same folder as'))).toBe(true);
    expect(log.some((l) => l.includes('a/same.txt: same file as'))).toBe(true);
  });

  it('walkInputs(…, {followLinks}) follows a link outside the roots', () => {
    const { entries } = walkInputs([join(dir, 'a')], nodeWalkFs, { followLinks: true });
    expect(entries.find((e) => e.path.endsWith('out.txt'))).toMatchObject({
      kind: 'file',
      real: join(outside, 'secret.txt'),
    });
  });

  it('walkInputs(a root given twice, a missing root) visits once and reports the missing path', () => {
    const { entries } = walkInputs(
      [join(dir, 'a/one.txt'), join(dir, 'a/one.txt'), join(dir, 'gone.txt')],
      nodeWalkFs,
    );
    expect(entries.map(short)).toEqual(['file a/one.txt 1', 'error gone.txt: cannot read file']);
  });

  it('walkInputs(a path of 2,000 nested folders) walks it without recursion', () => {
    const fake = {
      lstat: (p: string) => ({ kind: p.endsWith('f.txt') ? 'file' : 'dir', size: 1 }) as const,
      stat: (p: string) => ({ kind: p.endsWith('f.txt') ? 'file' : 'dir', size: 1 }) as const,
      realpath: (p: string) => p,
      readdir: (p: string) => (p.split('/').length > 2000 ? ['f.txt'] : ['d']),
      join: (d: string, n: string) => `${d}/${n}`,
      sep: '/',
    };
    const { entries } = walkInputs(['r'], fake);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.path.split('/')).toHaveLength(2002);
  });
});
