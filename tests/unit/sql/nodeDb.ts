/** Test helper: the committed data/ CSVs in a real DuckDB (Node), set up as the app does it. */
import { openNodeDb, type NodeDb, type Row } from '../../../scripts/lib/nodeDb.ts';

export type { Row };
export type TestDb = NodeDb;

/** Opens an in-memory DuckDB with reports, facts, checks, metrics and the app's views. */
export function openTestDb(dir = 'data'): Promise<TestDb> {
  return openNodeDb(dir);
}
