/**
 * Serves a built app folder over HTTP with sirv: precompressed brotli/gzip files, range requests
 * (the database file is read by range), `application/wasm` for the wasm, and request lines long
 * enough for any URL the app writes. Used by `npm start`, the e2e test and the benchmarks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Called for every finished request (method, url, range, status, bytes sent). */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  range: string | null;
  status: number;
  bytes: number;
  encoding: string | null;
}

/** Header bytes the server accepts (Node's default, 16 KB, refuses long app URLs with a 431). */
export const MAX_HEADER_BYTES = 256 * 1024;

/** Counts the bytes a response actually sends (its body, after any compression). */
function countBytes(res: ServerResponse): () => number {
  let bytes = 0;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const add = (chunk: unknown) => {
    if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
    else if (chunk instanceof Uint8Array) bytes += chunk.length;
  };
  res.write = ((chunk: unknown, ...rest: never[]) => (
    add(chunk),
    write(chunk as never, ...rest)
  )) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: never[]) => (
    add(chunk),
    end(chunk as never, ...rest)
  )) as typeof res.end;
  return () => bytes;
}

/** Starts the server; resolves once it listens. */
export async function serveDir(
  dir: string,
  options: ServeOptions = {},
): Promise<{ server: Server; origin: string; close(): Promise<void> }> {
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, path) {
      if (path.endsWith('.duckdb')) res.setHeader('Content-Type', 'application/octet-stream');
      // Hashed assets never change; everything else is checked on every load.
      res.setHeader(
        'Cache-Control',
        path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES },
    (req: IncomingMessage, res: ServerResponse) => {
      // A HEAD response sends headers only, whatever the handler writes.
      const sent = options.onRequest ? (req.method === 'HEAD' ? () => 0 : countBytes(res)) : null;
      if (sent)
        res.on('finish', () =>
          options.onRequest!({
            method: req.method ?? '',
            url: req.url ?? '',
            range: req.headers.range ?? null,
            status: res.statusCode,
            bytes: sent(),
            encoding: (res.getHeader('content-encoding') as string | undefined) ?? null,
          }),
        );
      assets(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      });
    },
  );
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
