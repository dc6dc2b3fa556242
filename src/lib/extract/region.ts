/**
 * Where an issuing body sits: province, city, county and the 6-digit GB/T 2260 code, looked up
 * in the maintained division list. Only names the report prints are used; a county name that
 * exists in several cities needs its city printed too, otherwise the place stays empty.
 */
import { AREAS, CITIES, PROVINCES } from './divisions.generated.ts';

export interface Place {
  province: string;
  city: string;
  district: string;
  region_code: string;
}

interface Division {
  code: string;
  name: string;
}

const parse = (list: string): Division[] =>
  list.split(',').map((item) => {
    const [code, name] = item.split(':');
    return { code: code!, name: name! };
  });

let index: { provinces: Division[]; cities: Division[]; areas: Division[] } | null = null;
function divisions() {
  index ??= {
    provinces: parse(PROVINCES),
    cities: parse(CITIES).filter(
      (c) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name),
    ),
    areas: parse(AREAS),
  };
  return index;
}

let areaIndex: Map<string, { code: string; name: string }> | null = null;

/** The county-level division of a code (the first listed, as `find` gives), by a map built once. */
function areaByCode(code: string) {
  if (!areaIndex) {
    areaIndex = new Map();
    for (const a of divisions().areas) if (!areaIndex.has(a.code)) areaIndex.set(a.code, a);
  }
  return areaIndex.get(code);
}

/**
 * Functional zones that are not divisions themselves but govern one: the 平潭综合实验区 is
 * administered on the territory of 平潭县 (350128). Documented in data/README.md.
 */
const ZONES: Readonly<Record<string, string>> = { 平潭综合实验区: '350128' };

const EMPTY: Place = { province: '', city: '', district: '', region_code: '' };

/** Place of a body from its name, with `context` (title, opening text) to disambiguate. */
export function locate(body: string, context: string): Place {
  const { provinces, cities, areas } = divisions();
  const text = `${body} ${context}`;
  for (const [zone, code] of Object.entries(ZONES)) {
    if (body.includes(zone) || (!body && context.includes(zone))) return fromArea(code);
  }
  // County level: the body's own name first.
  const inBody = areas.filter(
    (a) => (a.name.length >= 3 && body.includes(a.name)) || body.startsWith(a.name),
  );
  const countyCandidates = inBody.length ? inBody : [];
  if (countyCandidates.length) {
    const longest = Math.max(...countyCandidates.map((a) => a.name.length));
    const named = countyCandidates.filter((a) => a.name.length === longest);
    const withCity = named.filter((a) => cityOf(a.code) && text.includes(cityOf(a.code)!.name));
    const pick = named.length === 1 ? named[0] : withCity.length === 1 ? withCity[0] : undefined;
    if (pick) return fromArea(pick.code);
    return EMPTY;
  }
  const city = cities.filter((c) => body.includes(c.name));
  if (city.length === 1) return fromCity(city[0]!.code);
  const province = provinces.filter(
    (p) =>
      body.includes(p.name) ||
      body.startsWith(p.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '')),
  );
  if (province.length === 1) return fromProvince(province[0]!.code);
  return EMPTY;
}

/** The city of a county; for the municipalities' districts (city 市辖区), the municipality itself. */
function cityOf(code: string): Division | undefined {
  const city = divisions().cities.find((c) => c.code === code.slice(0, 4));
  if (city) return city;
  return divisions().provinces.find(
    (p) => p.code === code.slice(0, 2) && MUNICIPALITIES.test(p.code),
  );
}

const MUNICIPALITIES = /^(11|12|31|50)$/;

function fromArea(code: string): Place {
  const { provinces } = divisions();
  const area = areaByCode(code)!;
  const city = cityOf(code);
  const province = provinces.find((p) => p.code === code.slice(0, 2))!;
  return {
    province: province.name,
    city: city?.name ?? province.name,
    district: area.name,
    region_code: code,
  };
}

function fromCity(code: string): Place {
  const { provinces, cities } = divisions();
  const city = cities.find((c) => c.code === code)!;
  const province = provinces.find((p) => p.code === code.slice(0, 2))!;
  return { province: province.name, city: city.name, district: '', region_code: `${code}00` };
}

function fromProvince(code: string): Place {
  const province = divisions().provinces.find((p) => p.code === code)!;
  const municipality = MUNICIPALITIES.test(code);
  return {
    province: province.name,
    city: municipality ? province.name : '',
    district: '',
    region_code: `${code}0000`,
  };
}

/** Whether a name starts with a division name (province, city or county) or a zone we know. */
export function startsWithPlace(name: string): boolean {
  const { provinces, cities, areas } = divisions();
  if (Object.keys(ZONES).some((zone) => name.startsWith(zone)) || name.startsWith('平潭'))
    return true;
  const short = (n: string) => n.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
  return (
    provinces.some(
      (p) =>
        name.startsWith(p.name) || (short(p.name).length >= 2 && name.startsWith(short(p.name))),
    ) ||
    cities.some((c) => name.startsWith(c.name)) ||
    areas.some((a) => a.name.length >= 2 && name.startsWith(a.name))
  );
}
