/**
 * Vite plugin: writes gzip and brotli copies beside each compressible file of the build (the
 * DuckDB wasm and worker, the app's JS and CSS, the pre-aggregates and CSV downloads), which the
 * server (scripts/lib/serve.ts) sends to browsers that accept them. The wasm shrinks from 34 MB to
 * about 8 MB on the wire. The database file is left alone: it is read by range.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set(['.wasm', '.csv', '.json', '.js', '.css', '.html', '.svg']);
const MIN_BYTES = 1_000;
/** Larger files (the CSV downloads of a big corpus) are sent as they are: Parquet is the compact form. */
const MAX_BYTES = 256_000_000;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/**
 * Brotli quality and gzip level: the best for the files every page load fetches (app assets,
 * whole pre-aggregates), faster levels for the wasm and for the partition files, of which a
 * large corpus has tens of thousands.
 */
function levels(file: string, bytes: number): { brotli: number; gzip: number } {
  if (/[\\/]pre[\\/][^\\/]+[\\/]/.test(file)) return { brotli: 5, gzip: 6 };
  return bytes > 2_000_000 ? { brotli: 9, gzip: 9 } : { brotli: 11, gzip: 9 };
}

export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'nianbao-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      handler() {
        precompressDir(outDir);
      },
    },
  };
}

/** Writes the .gz and .br copies of every compressible file under `dir`. */
export function precompressDir(dir: string): void {
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const size = statSync(file).size;
    if (size < MIN_BYTES || size > MAX_BYTES) continue;
    const bytes = readFileSync(file);
    const level = levels(file, bytes.length);
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: level.gzip }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: level.brotli,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
  }
}
