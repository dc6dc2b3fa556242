/**
 * A worker thread's TypeScript entry bundled into one ES module, so the thread runs plain
 * JavaScript: under tsx's loader a thread spends some hundred MB loading pdf.js, and on Node 20 it
 * would have to register the loader itself. Packages stay external (loaded by Node as they are);
 * the bundle is written under node_modules/.cache/nianbao/, named by its content, so concurrent
 * runs share it and a changed source gives a new file.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const CACHE = new URL('../../node_modules/.cache/nianbao/', import.meta.url);

/** Bundles `entry` (a .ts file) and returns the URL of the bundle. */
export async function workerBundle(entry: URL): Promise<URL> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = fileURLToPath(entry).split(/[\\/]/).pop()!.replace(/\.ts$/, '');
  const file = `${name}.${hash}.mjs`;
  const target = fileURLToPath(new URL(file, CACHE));
  if (existsSync(target)) return pathToFileURL(target);
  try {
    mkdirSync(fileURLToPath(CACHE), { recursive: true });
    writeAtomically(target, code);
    return pathToFileURL(target);
  } catch {
    // node_modules not writable (another user's checkout): a temporary folder whose
    // node_modules links to the project's, so the bundle's imports still resolve.
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-worker-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    symlinkSync(
      fileURLToPath(new URL('../../node_modules', import.meta.url)),
      join(dir, 'node_modules'),
    );
    writeAtomically(join(dir, file), code);
    return pathToFileURL(join(dir, file));
  }
}

function writeAtomically(path: string, code: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, code);
  renameSync(temp, path);
}
