/** metrics.csv: the metric catalogue (corpus/schema/metrics.tsv) as the CLI writes it. */
import { CATALOGUE_ROWS } from '../../src/lib/extract/catalogue.generated.ts';
import { METRIC_COLUMNS, toCsv } from '../../src/lib/extract/csv.ts';

export function metricsCsv(): string {
  return toCsv(
    METRIC_COLUMNS,
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
