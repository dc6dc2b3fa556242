/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { dataFilesPlugin } from './scripts/vite/dataFilesPlugin.ts';
import { precompressPlugin } from './scripts/vite/precompressPlugin.ts';
import { snapshotPlugin } from './scripts/vite/snapshotPlugin.ts';

export default defineConfig({
  plugins: [svelte(), dataFilesPlugin(), snapshotPlugin(), precompressPlugin()],
  build: { target: 'es2022' },
  // DuckDB-WASM ships its own worker and wasm files; let Vite copy them as they are.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'golden', include: ['tests/golden/**/*.test.ts'] } },
    ],
  },
});
