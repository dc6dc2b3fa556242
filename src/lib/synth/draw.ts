/**
 * Draws of plausible figures. Year-to-year noise is bounded (×0.8–1.25 around a slowly growing
 * level), so a clean series never moves by the ×3 the jump detector looks for; parts of a total
 * keep a body's own shares, so they move with it.
 */
import type { Rng } from './random.ts';

/** Poisson draw (Knuth), for small means. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** A count around `base` grown by `growth` a year since `pivot`: Poisson when small, bounded noise otherwise. */
export function amount(rng: Rng, base: number, growth = 0, year = 2020, pivot = 2020): number {
  const mean = base * Math.pow(1 + growth, year - pivot);
  const noisy = mean * rng.range(0.8, 1.25);
  return mean < 10 ? poisson(rng, noisy) : Math.round(noisy);
}

/** A money amount with two decimals (万元), 0 when the base is 0. */
export function money(rng: Rng, base: number, growth = 0, year = 2020): number {
  if (base <= 0) return 0;
  const mean = base * Math.pow(1 + growth, year - 2020);
  return Math.round(mean * rng.range(0.8, 1.25) * 100) / 100;
}

/** Relative weights made concrete for one body: each weight times ×0.3–2, normalised. */
export function bodyShares(rng: Rng, weights: readonly number[]): number[] {
  const raw = weights.map((w) => w * rng.range(0.3, 2));
  const sum = raw.reduce((s, x) => s + x, 0);
  return raw.map((x) => x / sum);
}

/**
 * Split an integer total by weights: a multinomial draw for small totals (varied zeros), the
 * largest-remainder rounding of total × share otherwise (parts follow the total).
 */
export function apportion(rng: Rng, total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => w / sum);
  const parts = shares.map(() => 0);
  if (total <= 0) return parts;
  if (total < 10) {
    for (let i = 0; i < total; i++) {
      let x = rng.next();
      let k = 0;
      while (k < shares.length - 1 && x >= shares[k]!) x -= shares[k++]!;
      parts[k]!++;
    }
    return parts;
  }
  const exact = shares.map((s) => s * total);
  let left = total;
  exact.forEach((x, i) => {
    parts[i] = Math.floor(x);
    left -= parts[i]!;
  });
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) + rng.next() * 1e-6 }))
    .sort((a, b) => b.r - a.r);
  for (let k = 0; k < left; k++) parts[order[k % order.length]!.i]!++;
  return parts;
}

/** A de-duplicated total of overlapping channels: between the largest channel and their sum. */
export function dedupTotal(rng: Rng, channels: readonly number[]): number {
  const max = Math.max(0, ...channels);
  const sum = channels.reduce((s, x) => s + x, 0);
  return max + Math.floor((sum - max) * rng.range(0.5, 0.8));
}
