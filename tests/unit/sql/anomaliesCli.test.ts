import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../scripts/lib/nodeDb.ts';
import { toCsv } from '../../../src/lib/extract/csv.ts';
import { ANOMALY_COLUMNS, anomaliesQuery, type Anomaly } from '../../../src/lib/sql/anomalies.ts';
import { anomalyLine, anomalyList } from '../../../src/lib/state/anomalyList.ts';

describe('npm run anomalies', () => {
  it('prints the same list as the Anomalies view shows for the same data (no filters)', async () => {
    const db = await openNodeDb('data');
    const view = anomalyList(await db.all<Anomaly>(anomaliesQuery()));
    db.close();
    expect(view.length).toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    try {
      const out = join(dir, 'anomalies.csv');
      const tsx = join('node_modules', '.bin', 'tsx');
      execFileSync(tsx, ['scripts/anomalies.ts', '--out', out], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(toCsv(ANOMALY_COLUMNS, view));
      const printed = execFileSync(tsx, ['scripts/anomalies.ts'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(printed.trimEnd().split('\n')).toEqual(view.map((a) => anomalyLine(a)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
