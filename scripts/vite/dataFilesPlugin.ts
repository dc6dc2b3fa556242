/**
 * Vite plugin: ships the committed `data/*.csv` with the app at `<base>data/<name>.csv`, served
 * from `data/` in dev and copied into the build output (the files stay where they are in git).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function dataFilesPlugin(dir = 'data'): Plugin {
  const csvs = () => readdirSync(dir).filter((f) => f.endsWith('.csv'));
  return {
    name: 'nianbao-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const m = /\/data\/([\w-]+\.csv)$/.exec(path);
        if (!m || !csvs().includes(m[1]!)) return next();
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.end(readFileSync(join(dir, m[1]!)));
      });
    },
    generateBundle() {
      for (const name of csvs())
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dir, name)),
        });
    },
  };
}
