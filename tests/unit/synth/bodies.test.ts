import { describe, expect, it } from 'vitest';
import { AREAS, CITIES, PROVINCES } from '../../../src/lib/extract/divisions.generated.ts';
import { makeBody } from '../../../src/lib/synth/bodies.ts';
import { Rng } from '../../../src/lib/synth/random.ts';
import type { Body } from '../../../src/lib/synth/types.ts';

const names = new Map(
  [PROVINCES, CITIES, AREAS].flatMap((list) =>
    list.split(',').map((item) => item.split(':') as [string, string]),
  ),
);

function bodies(n: number): Body[] {
  const root = new Rng('bodies');
  const taken = new Set<string>();
  return Array.from({ length: n }, (_, i) => makeBody(root.fork(`body:${i}`), i, taken));
}

describe('makeBody', () => {
  const list = bodies(600);

  it('gives every body its own name and body_key', () => {
    expect(new Set(list.map((b) => b.name)).size).toBe(list.length);
    expect(new Set(list.map((b) => b.key)).size).toBe(list.length);
  });

  it('places bodies at real GB/T 2260 divisions: the code names the province, city and county', () => {
    for (const b of list) {
      expect(names.get(b.regionCode.slice(0, 2)), b.name).toBe(b.province);
      if (b.district) {
        expect(names.get(b.regionCode), b.name).toBe(b.district);
        expect(b.name, b.name).toContain(b.district);
      } else if (b.city && b.city !== b.province) {
        expect(names.get(b.regionCode.slice(0, 4)), b.name).toBe(b.city);
      }
    }
  });

  it('has all four levels, most bodies small (0–50 applications a year) and a few with thousands', () => {
    const levels = new Set(list.map((b) => b.level));
    expect([...levels].sort()).toEqual(['city', 'department', 'district', 'province']);
    const small = list.filter((b) => b.scale <= 50).length / list.length;
    expect(small).toBeGreaterThan(0.6);
    expect(list.some((b) => b.scale >= 1000)).toBe(true);
  });

  it.each([
    ['district', /(区|县|旗)人民政府$/, 'district_county'],
    ['city', /市人民政府$/, 'city'],
    ['province', /人民政府$/, 'province'],
    ['department', /(局|厅|委员会)$/, 'department'],
  ] as const)('a %s body is named like %s and has body_level %s', (level, pattern, bodyLevel) => {
    for (const b of list.filter((x) => x.level === level)) {
      expect(b.name).toMatch(pattern);
      expect(b.bodyLevel).toBe(bodyLevel);
    }
  });

  it('keys a county-level body from its county on (data/README.md: with or without the city in front)', () => {
    for (const b of list.filter((x) => x.district)) expect(b.key.startsWith(b.district)).toBe(true);
  });

  it('publishes from its first to its last year, missing years strictly inside', () => {
    for (const b of list) {
      expect(b.firstYear).toBeGreaterThanOrEqual(2008);
      expect(b.lastYear).toBeLessThanOrEqual(2025);
      for (const y of b.missing) expect(y > b.firstYear && y < b.lastYear).toBe(true);
    }
  });
});
