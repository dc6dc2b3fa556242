import { DataFileError } from './dataFileError.ts';

/** Fetches a file to bytes, reporting bytes as they arrive; any failure names the file. */
export async function fetchFile(
  url: string,
  name: string,
  onBytes: (loaded: number, total: number | null) => void,
): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new DataFileError(name, `could not be fetched (${(err as Error).message})`);
  }
  if (!res.ok) throw new DataFileError(name, `HTTP ${res.status} ${res.statusText}`.trim());
  // A compressed response's length is not the number of bytes the stream gives us.
  const length = res.headers.get('content-encoding')
    ? NaN
    : Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onBytes(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}
