/** metrics.csv: the metric catalogue (corpus/schema/metrics.tsv) as the CLI writes it. */
import { CATALOGUE_ROWS } from '../../src/lib/extract/catalogue.generated.ts';
import { toCsv } from '../../src/lib/extract/csv.ts';

export function metricsCsv(): string {
  return toCsv(
    [
      'metric_id',
      'table',
      'labels',
      'formats',
      'unit',
      'applicant_dim',
      'kind',
      'maps_to',
      'notes',
    ],
    CATALOGUE_ROWS.map((row) => ({
      metric_id: row.id,
      table: row.table,
      labels: row.labels,
      formats: row.formats,
      unit: row.unit,
      applicant_dim: row.byApplicant ? 'yes' : 'no',
      kind: row.kind,
      maps_to: row.mapsTo,
      notes: row.notes,
    })),
  );
}
