/**
 * Test helper: a zip archive (deflated entries) from name -> content, where a content may be a
 * generator of chunks, so a zip bomb (a small file that inflates to a huge one) is written
 * without ever holding the inflated bytes.
 */
import { crc32, deflateRawSync, constants } from 'node:zlib';

export type ZipContent = string | Uint8Array | { chunk: Uint8Array; times: number };

function entryBytes(content: ZipContent): { data: Uint8Array; crc: number; size: number } {
  if (!(typeof content === 'object' && 'chunk' in content)) {
    const raw = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
  }
  // One block of chunks deflated once with a full flush (so blocks are independent), repeated.
  const block = Buffer.concat(Array.from({ length: 64 }, () => content.chunk));
  const blocks = Math.ceil(content.times / 64);
  const compressed = deflateRawSync(block, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const last = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  const data = Buffer.concat([...Array.from({ length: blocks }, () => compressed), last]);
  return { data, crc, size: block.length * blocks };
}

export function makeZip(entries: Record<string, ZipContent>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const { data, crc, size } = entryBytes(content);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, Buffer.from(data));
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}
