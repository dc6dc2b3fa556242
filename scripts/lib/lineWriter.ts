/**
 * Appends lines to a file through a small buffer (synchronous writes, so output order and bytes
 * are deterministic and memory stays bounded however many rows are written).
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export class LineWriter {
  private fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;
  lines = 0;

  constructor(
    path: string,
    private readonly limit = 1 << 20,
  ) {
    this.fd = openSync(path, 'w');
  }

  line(s: string): void {
    this.buffer.push(s, '\n');
    this.size += s.length + 1;
    this.lines++;
    if (this.size >= this.limit) this.flush();
  }

  flush(): void {
    if (!this.buffer.length) return;
    this.bytes += writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
