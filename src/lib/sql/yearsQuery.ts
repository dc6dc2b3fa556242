import type { Query } from './query.ts';

/** Every report year present, ascending. */
export function yearsQuery(): Query {
  return {
    sql: 'SELECT DISTINCT report_year AS y FROM reports WHERE report_year IS NOT NULL ORDER BY y',
    params: [],
  };
}
