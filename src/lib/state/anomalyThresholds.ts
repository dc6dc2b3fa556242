/**
 * The thresholds of the anomaly query as URL parameters (`jf`, `jmin`, `sim`, `vmin`): each is
 * read on its own, and a value that is not a number or out of its range falls back to the default.
 */
import { DEFAULT_ANOMALY_PARAMS, type AnomalyParams } from '../sql/anomalies.ts';

export interface ThresholdSpec {
  key: keyof AnomalyParams;
  /** URL parameter. */
  param: string;
  min: number;
  max: number;
  step: number;
  integer: boolean;
}

/** Ranges are what still makes sense: a factor of 1 flags every change, similarity 0.5 is not "near-identical". */
export const THRESHOLDS: readonly ThresholdSpec[] = [
  { key: 'jumpFactor', param: 'jf', min: 1.1, max: 1000, step: 0.1, integer: false },
  { key: 'jumpMin', param: 'jmin', min: 0, max: 1e9, step: 1, integer: false },
  { key: 'similarityMin', param: 'sim', min: 0.5, max: 1, step: 0.01, integer: false },
  { key: 'vectorMinNonZero', param: 'vmin', min: 0, max: 10000, step: 1, integer: true },
];

/** `text` as the threshold's value, or null when it is not a valid one. */
export function thresholdValue(
  spec: ThresholdSpec,
  text: string | null | undefined,
): number | null {
  if (text == null || text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < spec.min || n > spec.max) return null;
  if (spec.integer && !Number.isInteger(n)) return null;
  return n;
}

/** The thresholds named in a query string, the defaults for the others. */
export function parseThresholds(q: URLSearchParams): AnomalyParams {
  const out = { ...DEFAULT_ANOMALY_PARAMS };
  for (const spec of THRESHOLDS)
    out[spec.key] = thresholdValue(spec, q.get(spec.param)) ?? out[spec.key];
  return out;
}

/** Adds the thresholds that differ from the defaults to a query string. */
export function writeThresholds(q: URLSearchParams, p: AnomalyParams): void {
  for (const spec of THRESHOLDS)
    if (p[spec.key] !== DEFAULT_ANOMALY_PARAMS[spec.key]) q.set(spec.param, String(p[spec.key]));
}

/** Whether the thresholds are the defaults. */
export function isDefaultThresholds(p: AnomalyParams): boolean {
  return THRESHOLDS.every((s) => p[s.key] === DEFAULT_ANOMALY_PARAMS[s.key]);
}
