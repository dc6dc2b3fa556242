import { describe, expect, it } from 'vitest';
import { amount, apportion, dedupTotal, poisson } from '../../../src/lib/synth/draw.ts';
import { Rng } from '../../../src/lib/synth/random.ts';

describe('apportion', () => {
  it.each([
    [0, [1, 1]],
    [7, [85, 8, 0.5, 1, 2, 3.5]],
    [23, [4, 0.5, 4, 1.5]],
    [4561, [42, 8, 0.2, 0.5]],
  ])('apportion(rng, %d, weights) adds up to the total', (total, weights) => {
    const parts = apportion(new Rng('a'), total, weights);
    expect(parts.reduce((s, x) => s + x, 0)).toBe(total);
    expect(parts.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
  });

  it('apportion(rng, 1000, [3, 1]) follows the weights (750, 250)', () => {
    expect(apportion(new Rng('a'), 1000, [3, 1])).toEqual([750, 250]);
  });

  it('apportion never gives a part to a weight of 0', () => {
    const rng = new Rng('z');
    for (let t = 0; t < 40; t++) expect(apportion(rng, t, [1, 0, 1])[1]).toBe(0);
  });
});

describe('amount', () => {
  it('stays within ×0.8–1.25 of its level for levels of 10 and more (no ×3 jump in a clean series)', () => {
    const rng = new Rng('amount');
    for (let i = 0; i < 500; i++) {
      const v = amount(rng, 40);
      expect(v).toBeGreaterThanOrEqual(32);
      expect(v).toBeLessThanOrEqual(50);
    }
  });

  it('grows by `growth` a year from its pivot year', () => {
    const rng = new Rng('g');
    const mean = (year: number) =>
      Array.from({ length: 400 }, () => amount(rng, 1000, 0.1, year)).reduce((s, x) => s + x) / 400;
    expect(mean(2022) / mean(2020)).toBeCloseTo(1.21, 1);
  });
});

describe('poisson and dedupTotal', () => {
  it('poisson(rng, 0) is 0; poisson(rng, 3) averages about 3', () => {
    const rng = new Rng('p');
    expect(poisson(rng, 0)).toBe(0);
    const m = Array.from({ length: 2000 }, () => poisson(rng, 3)).reduce((s, x) => s + x) / 2000;
    expect(m).toBeGreaterThan(2.8);
    expect(m).toBeLessThan(3.2);
  });

  it('dedupTotal([100, 40, 10]) lies between the largest channel and the sum', () => {
    const rng = new Rng('d');
    for (let i = 0; i < 100; i++) {
      const t = dedupTotal(rng, [100, 40, 10]);
      expect(t).toBeGreaterThanOrEqual(100);
      expect(t).toBeLessThanOrEqual(150);
    }
  });
});
