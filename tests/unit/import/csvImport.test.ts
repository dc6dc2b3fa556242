import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/csv/readCsv.ts';
import { csvTable, importCsvs } from '../../../src/lib/import/csvImport.ts';
import { userCsvs } from '../../../src/lib/import/userReports.ts';

const data = (table: string) => readFileSync(`data/${table}.csv`, 'utf8');
/** The CLI's CSVs of a small corpus: the first `n` reports of data/ with their facts and checks. */
function smallCorpus(n: number): Record<'reports' | 'facts' | 'checks', string> {
  const [head, ...rows] = data('reports').trimEnd().split('\n');
  const keep = rows.slice(0, n);
  const ids = new Set(keep.map((l) => l.split(',')[0]));
  const filter = (table: string) => {
    const [h, ...body] = data(table).trimEnd().split('\n');
    return [h, ...body.filter((l) => ids.has(l.split(',')[0]))].join('\n') + '\n';
  };
  return {
    reports: [head, ...keep].join('\n') + '\n',
    facts: filter('facts'),
    checks: filter('checks'),
  };
}

describe('csvTable', () => {
  it.each([
    ['reports.csv', 'reports'],
    ['out/facts.csv', 'facts'],
    ['CHECKS.CSV', 'checks'],
    ['metrics.csv', null],
    ['my-reports.csv', null],
  ])('csvTable(%j) is %j', (name, table) => expect(csvTable(name)).toBe(table));
});

describe('importCsvs', () => {
  const corpus = smallCorpus(6);
  const files = (c = corpus) =>
    (['reports', 'facts', 'checks'] as const).map((t) => ({ name: `out/${t}.csv`, text: c[t] }));

  it('loads the CLI CSVs of a small corpus, every row of every report', () => {
    const { lines, entries } = importCsvs(files());
    expect(lines.map((l) => l.problem)).toEqual([null, null, null]);
    const facts = readCsv(corpus.facts);
    const reports = readCsv(corpus.reports);
    expect(lines.map((l) => l.rows)).toEqual([6, facts.length, readCsv(corpus.checks).length]);
    // Reports with figures or checks are kept, under the own id.
    const withRows = reports.filter((r) => facts.some((f) => f.report_id === r.report_id));
    expect(entries.map((e) => e.id)).toEqual(withRows.map((r) => `my:${r.report_id}`));
    expect(
      entries
        .map((e) => e.rows.facts)
        .join('')
        .split('\n').length - 1,
    ).toBe(facts.length);
    // Written back, the rows are the CLI's rows with the own id.
    const back = readCsv(userCsvs(entries).facts);
    expect(back.map((r) => ({ ...r, report_id: r.report_id!.replace(/^my:/, '') }))).toEqual(facts);
  });

  it('names a broken row by its line and loads nothing from that file', () => {
    const lines = corpus.facts.split('\n');
    const cells = lines[9]!.split(',');
    cells[6] = 'twelve'; // the value column
    lines[9] = cells.join(',');
    const broken = { ...corpus, facts: lines.join('\n') };
    const result = importCsvs(files(broken));
    expect(result.lines[1]!.problem).toEqual({
      line: 10,
      text: 'column value: "twelve" is not a number',
    });
    expect(result.lines[1]!.rows).toBe(0);
    expect(result.entries.map((e) => e.rows.facts).join('')).toBe('');
    // The other files of the drop still load.
    expect(result.lines[0]!.problem).toBeNull();
    expect(result.entries.length).toBeGreaterThan(0);
  });

  it('refuses a header without a required column', () => {
    const facts = corpus.facts.replace(/^report_id,metric_id,/, 'report_id,metric,');
    const result = importCsvs(files({ ...corpus, facts }));
    expect(result.lines[1]!.problem).toEqual({ line: 1, text: 'missing column metric_id' });
  });

  it('refuses facts of a report missing from the drop, naming the line', () => {
    const only = smallCorpus(2);
    const result = importCsvs([
      { name: 'reports.csv', text: only.reports },
      { name: 'facts.csv', text: corpus.facts },
    ]);
    const firstStray = readCsv(corpus.facts).findIndex(
      (f) => !readCsv(only.reports).some((r) => r.report_id === f.report_id),
    );
    expect(result.lines[1]!.problem?.line).toBe(firstStray + 2);
    expect(result.lines[1]!.problem?.text).toMatch(/is not in the reports.csv of this drop$/);
    expect(result.entries.map((e) => e.rows.facts).join('')).toBe('');
  });

  it('says which files are not the CLI tables', () => {
    const result = importCsvs([{ name: 'metrics.csv', text: data('metrics') }]);
    expect(result.lines[0]!.problem?.text).toBe('not reports.csv, facts.csv or checks.csv');
    expect(result.entries).toEqual([]);
  });
});
