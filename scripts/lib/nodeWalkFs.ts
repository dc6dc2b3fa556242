/** The walk's file system (src/lib/pipeline/walkInputs.ts) on Node's synchronous fs calls. */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { WalkFs, WalkStat } from '../../src/lib/pipeline/walkInputs.ts';

function kindOf(s: Stats): WalkStat {
  if (s.isSymbolicLink()) return { kind: 'link', size: s.size };
  if (s.isFile()) return { kind: 'file', size: s.size };
  if (s.isDirectory()) return { kind: 'dir', size: s.size };
  const what = s.isFIFO()
    ? 'FIFO'
    : s.isSocket()
      ? 'socket'
      : s.isCharacterDevice()
        ? 'character device'
        : s.isBlockDevice()
          ? 'block device'
          : 'special file';
  return { kind: 'other', size: 0, what };
}

export const nodeWalkFs: WalkFs = {
  lstat: (path) => kindOf(lstatSync(path)),
  stat: (path) => kindOf(statSync(path)),
  realpath: (path) => realpathSync.native(path),
  readdir: (path) => readdirSync(path),
  join,
  sep,
};
