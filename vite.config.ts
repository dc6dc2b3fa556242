/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/vite/precompressPlugin.ts';
import { servingPlugin } from './scripts/vite/servingPlugin.ts';

export default defineConfig({
  // The serving data must be written before the precompress step looks at the output.
  plugins: [svelte(), servingPlugin(), precompressPlugin()],
  build: { target: 'es2022' },
  // The import worker loads pdf.js and mammoth on demand: module workers keep those imports split.
  worker: { format: 'es' },
  // DuckDB-WASM ships its own worker and wasm files; let Vite copy them as they are.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'golden', include: ['tests/golden/**/*.test.ts'] } },
    ],
  },
});
