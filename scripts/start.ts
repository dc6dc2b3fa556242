/**
 * npm start [-- --data <dir>] [--port 5173] [--no-build]
 * Builds the app over a folder of the CLI's CSVs (default data/, or NIANBAO_DATA) and serves the
 * build at http://127.0.0.1:<port> with compression and range requests (scripts/lib/serve.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serveDir } from './lib/serve.ts';

const USAGE = 'usage: npm start -- [--data <dir>] [--port <n>] [--no-build]';

function parseArgs(argv: string[]): { data: string | null; port: number; build: boolean } {
  let data: string | null = null;
  let port = 5173;
  let doBuild = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!v) fail(`${arg.split('=')[0]} needs a value`);
      return v!;
    };
    if (arg === '--data' || arg.startsWith('--data=')) data = value();
    else if (arg === '--port' || arg.startsWith('--port=')) port = Number(value());
    else if (arg === '--no-build') doBuild = false;
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be 0–65535');
  return { data, port, build: doBuild };
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));
if (args.data) {
  const dir = resolve(args.data);
  for (const f of ['reports.csv', 'facts.csv', 'checks.csv', 'metrics.csv'])
    if (!existsSync(join(dir, f)))
      fail(`${join(dir, f)} is missing: --data needs a folder of the CLI's CSVs`);
  process.env.NIANBAO_DATA = dir;
}
if (args.build) await build({ logLevel: 'info' });
if (!existsSync('dist/index.html')) fail('dist/ is missing: run without --no-build');
const { origin } = await serveDir('dist', { port: args.port });
console.log(`Nianbao: ${origin}/ (data: ${process.env.NIANBAO_DATA || 'data'})`);
