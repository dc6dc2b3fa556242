/** A SQL statement with its bound parameters, as every builder in this folder returns it. */
export interface Query {
  sql: string;
  params: (string | number)[];
}

/** A value that can be bound to a `?` placeholder. */
export type Param = string | number;
