/**
 * Issuing bodies with real places: provincial, city and county governments and their departments,
 * each with a size (applications a year), the years it published, its local pre-2014 table and the
 * flattening style of its website. Names are unique, so one body_key is one body.
 */
import type { BodyLevel, Scope } from '../extract/types.ts';
import { LOCAL_DEPARTMENTS, PROVINCE_DEPARTMENTS, type Department } from './departments.ts';
import { makeHabits } from './habits.ts';
import { places, type Place } from './places.ts';
import type { Rng } from './random.ts';
import type { Body, StyleId, SynthLevel } from './types.ts';

export const STYLE_WEIGHTS: Readonly<Record<StyleId, number>> = {
  cellPerLine: 14,
  trailingPipe: 7,
  pipeLine: 7,
  pipes: 15,
  markdown: 10,
  spaced: 12,
  oneLine: 5,
  html: 30,
};

const LEVEL_WEIGHTS: Readonly<Record<SynthLevel, number>> = {
  province: 2,
  city: 10,
  district: 38,
  department: 50,
};

/** Applications a year around 2020: most bodies 0–50, a few thousands. */
const SCALE: Readonly<Record<SynthLevel, readonly [number, number, number][]>> = {
  // [weight, min, max]
  department: [
    [60, 0, 5],
    [25, 5, 30],
    [12, 30, 200],
    [3, 200, 2000],
  ],
  district: [
    [30, 0, 10],
    [40, 10, 60],
    [25, 60, 300],
    [5, 300, 3000],
  ],
  city: [
    [30, 10, 100],
    [50, 100, 1000],
    [20, 1000, 5000],
  ],
  province: [[100, 100, 5000]],
};

function scaleOf(rng: Rng, level: SynthLevel): number {
  const bands = SCALE[level];
  const total = bands.reduce((s, b) => s + b[0], 0);
  let x = rng.next() * total;
  for (const [w, min, max] of bands) {
    x -= w;
    // Log-uniform within the band: small sizes are more common.
    if (x < 0)
      return min === 0 ? rng.range(0, max) : Math.exp(rng.range(Math.log(min), Math.log(max)));
  }
  return bands[0]![1];
}

interface Named {
  name: string;
  key: string;
  place: Place;
  level: SynthLevel;
  bodyLevel: BodyLevel;
  slug: string;
}

/** A body name at `place`, or null when the name is taken. */
function nameAt(rng: Rng, level: SynthLevel, taken: Set<string>): Named | null {
  const { provinces, cities, areas } = places();
  if (level === 'province') {
    const place = rng.pick(provinces);
    return {
      name: `${place.name}人民政府`,
      key: place.name,
      place,
      level,
      bodyLevel: 'province',
      slug: 'zf',
    };
  }
  if (level === 'city') {
    const place = rng.pick(cities);
    return {
      name: `${place.name}人民政府`,
      key: place.name,
      place,
      level,
      bodyLevel: 'city',
      slug: 'zf',
    };
  }
  if (level === 'district') {
    const place = rng.pick(areas);
    // A county is printed with its city in front or alone (its name is unique in the country).
    const prefix = place.name.length >= 3 && rng.chance(0.5) ? place.city : '';
    return {
      name: `${prefix}${place.name}人民政府`,
      key: place.name,
      place,
      level,
      bodyLevel: 'district_county',
      slug: 'zf',
    };
  }
  const at = rng.weighted({ province: 1, city: 3, district: 6 });
  const place = rng.pick(at === 'province' ? provinces : at === 'city' ? cities : areas);
  const municipality = at === 'province' && place.city !== '';
  const list: readonly Department[] =
    at === 'province' && !municipality ? PROVINCE_DEPARTMENTS : LOCAL_DEPARTMENTS;
  const dept = rng.pick(list);
  const prefix = at === 'district' && place.name.length >= 3 && rng.chance(0.5) ? place.city : '';
  const name = `${prefix}${place.name}${dept.name}`;
  if (taken.has(name)) return null;
  return {
    name,
    key: `${place.name}${dept.name}`,
    place,
    level,
    bodyLevel: 'department',
    slug: dept.slug,
  };
}

function selfOf(named: Named, scope: Scope, rng: Rng): string {
  if (named.level !== 'department')
    return scope === 'aggregate' ? `全${named.place.name.slice(-1)}` : '本机关';
  if (/委员会$/.test(named.name)) return rng.pick(['我委', '本机关']);
  if (/厅$/.test(named.name)) return rng.pick(['我厅', '本机关']);
  return rng.pick(['我局', '本局', '本机关']);
}

/** A site's host name: an abbreviation of its place in pinyin, here random letters (`ccerdao`). */
function host(rng: Rng): string {
  const letters = 'abcdefghjklmnpqrstwxyz';
  return Array.from({ length: rng.int(4, 9) }, () => letters[rng.int(0, letters.length - 1)]).join(
    '',
  );
}

/** Bodies one after another; `taken` keeps names unique across the corpus. */
export function makeBody(rng: Rng, index: number, taken: Set<string>): Body {
  const level = rng.weighted(LEVEL_WEIGHTS);
  let named: Named | null = null;
  for (let attempt = 0; attempt < 200 && !named; attempt++) {
    const candidate = nameAt(rng, attempt < 100 ? level : 'department', taken);
    if (candidate && !taken.has(candidate.key) && !taken.has(candidate.name)) named = candidate;
  }
  if (!named) throw new Error(`no unused body name left after ${index} bodies`);
  taken.add(named.key);
  taken.add(named.name);
  const government = named.level !== 'department';
  const scope: Scope = government && rng.chance(0.35) ? 'aggregate' : 'own';
  const firstYear = government
    ? rng.chance(0.6)
      ? 2008
      : rng.int(2009, 2012)
    : rng.chance(0.3)
      ? 2008
      : rng.int(2009, 2016);
  const lastYear = rng.chance(0.95) ? 2025 : rng.int(2019, 2024);
  const missing: number[] = [];
  for (let y = firstYear + 1; y < lastYear; y++) if (rng.chance(0.05)) missing.push(y);
  const localTemplate = government
    ? rng.weighted({ pLocal: 55, pLocalCum: 45 })
    : rng.weighted({ pLocal: 40, pLocalCum: 35, none: 25 });
  const localUntil = localTemplate === 'pLocal' ? 2013 : rng.pick([2013, 2018]);
  const style = rng.weighted(STYLE_WEIGHTS);
  const scale = scaleOf(rng, named.level);
  return {
    index,
    id: `synth-b${String(index).padStart(5, '0')}`,
    name: named.name,
    self: selfOf(named, scope, rng),
    key: named.key,
    level: named.level,
    bodyLevel: named.bodyLevel,
    scope,
    province: named.place.province,
    city: named.place.city,
    district: named.place.district,
    regionCode: named.place.code,
    site: `www.${host(rng)}.gov.cn/${named.slug}`,
    scale,
    growth: rng.range(-0.03, 0.08),
    localTemplate,
    localUntil,
    firstYear,
    lastYear,
    missing,
    zeros: rng.weighted({ digit: 60, blank: 30, dash: 10 }),
    habits: makeHabits(rng, style),
    style,
    styleFrom: rng.chance(0.25) ? rng.int(2012, 2024) : 9999,
    laterStyle: rng.weighted(STYLE_WEIGHTS),
  };
}
