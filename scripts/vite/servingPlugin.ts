/**
 * Vite plugin: builds the serving data (database file, pre-aggregates, downloads; see
 * scripts/build/serving.ts) from a folder of the CLI's CSVs into `<outDir>/data/`, and in dev
 * into a cache folder served at `/data/`. The folder is `data/` unless NIANBAO_DATA names another.
 * NIANBAO_APP_ONLY=1 builds the app alone (the scale bench keeps a large corpus's data between
 * builds of the app).
 */
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { Plugin } from 'vite';
import { buildServing } from '../build/serving.ts';

export function dataDir(): string {
  return resolve(process.env.NIANBAO_DATA || 'data');
}

export function servingPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'nianbao-serving-data',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async configureServer(server) {
      if (process.env.VITEST) return; // the tests build what they need themselves
      const cache = resolve('node_modules/.nianbao/data');
      await buildServing(dataDir(), cache);
      server.middlewares.use('/data', sirv(cache, { dev: true }));
    },
    async closeBundle() {
      // Vitest closes its Vite server as a bundle too, with outDir `dummy-non-existing-folder`.
      if (process.env.VITEST || process.env.NIANBAO_APP_ONLY) return;
      const built = await buildServing(dataDir(), resolve(outDir, 'data'));
      this.info(
        `serving data from ${dataDir()}: ${built.manifest.counts.reports} reports, database ${(built.dbBytes / 1e6).toFixed(1)} MB, ${built.seconds.toFixed(1)} s`,
      );
    },
  };
}
