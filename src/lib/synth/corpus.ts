/**
 * A synthetic corpus, body after body (a generator, so callers can stream any number of reports
 * in bounded memory). Deterministic for a seed: each body draws from streams keyed by its id.
 */
import { makeBody } from './bodies.ts';
import { Rng } from './random.ts';
import { bodySeries, type Donor, type Series } from './series.ts';

export interface CorpusOptions {
  seed: string;
  bodies: number;
  from: number;
  to: number;
  /** Probability that a published report carries an anomaly (default 0.08). */
  anomalyRate?: number;
}

export function* corpus(options: CorpusOptions): Generator<Series> {
  const root = new Rng(options.seed);
  const taken = new Set<string>();
  const donors = new Map<number, Donor>();
  for (let i = 0; i < options.bodies; i++) {
    const body = makeBody(root.fork(`body:${i}`), i, taken);
    const series = bodySeries(
      root,
      body,
      {
        from: options.from,
        to: options.to,
        anomalyRate: options.anomalyRate ?? 0.08,
      },
      donors,
    );
    for (const [year, donor] of series.donors) donors.set(year, donor);
    yield series;
  }
}
