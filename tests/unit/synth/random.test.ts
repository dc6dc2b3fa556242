import { describe, expect, it } from 'vitest';
import { Rng, hash32 } from '../../../src/lib/synth/random.ts';

const draws = (rng: Rng, n = 5) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  it('new Rng(seed, key) draws the same numbers every time', () => {
    expect(draws(new Rng('7', 'a'))).toEqual(draws(new Rng('7', 'a')));
  });

  it('another seed or key draws other numbers', () => {
    const a = draws(new Rng('7', 'a'));
    expect(draws(new Rng('8', 'a'))).not.toEqual(a);
    expect(draws(new Rng('7', 'b'))).not.toEqual(a);
  });

  it('fork(key) does not depend on what the parent drew before', () => {
    const used = new Rng('7');
    draws(used, 100);
    expect(draws(used.fork('body:3'))).toEqual(draws(new Rng('7').fork('body:3')));
  });

  it('next() stays in [0, 1) and int(min, max) in its bounds, reaching both', () => {
    const rng = new Rng('bounds');
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      ints.add(rng.int(-2, 2));
    }
    expect([...ints].sort()).toEqual([-1, -2, 0, 1, 2]);
  });

  it('weighted() never picks a key of weight 0', () => {
    const rng = new Rng('w');
    for (let i = 0; i < 500; i++) expect(rng.weighted({ a: 1, b: 0, c: 3 })).not.toBe('b');
  });

  it('sample(list, n) gives n distinct items', () => {
    const got = new Rng('s').sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(got).size).toBe(4);
  });

  it('hash32 is FNV-1a (known vectors)', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
  });
});
