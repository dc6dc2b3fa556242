import type { Query } from './query.ts';

export interface BodyRow {
  body_key: string;
  body_name: string;
  province: string | null;
  city: string | null;
  district: string | null;
  body_level: string | null;
  scope: string | null;
  n_reports: number;
  first_year: number | null;
  last_year: number | null;
}

/** Every body, ordered by place and name. */
export function bodiesQuery(): Query {
  return {
    sql: `SELECT * FROM bodies ORDER BY province NULLS LAST, city NULLS LAST, district NULLS LAST, body_name`,
    params: [],
  };
}
