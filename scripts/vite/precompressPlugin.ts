/**
 * Vite plugin: writes a gzip copy beside each large asset of the build (the DuckDB wasm, the data
 * CSVs) and lets `vite preview` serve it to browsers that accept gzip. The wasm shrinks from
 * 34 MB to about 8 MB on the wire; any static host can serve the same `.gz` files.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
};
const MIN_BYTES = 100_000;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'nianbao-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const file of files(outDir)) {
        if (!(extname(file) in TYPES) || statSync(file).size < MIN_BYTES) continue;
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
      }
    },
    configurePreviewServer(server) {
      const dir = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const type = TYPES[extname(path)];
        const gz = join(dir, `${path}.gz`);
        if (
          !type ||
          !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ||
          !existsSync(gz)
        )
          return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Vary', 'Accept-Encoding');
        res.end(readFileSync(gz));
      });
    },
  };
}
