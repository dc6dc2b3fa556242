import { extent, line, max, scaleLinear, type ScaleLinear } from 'd3';

/** One observation of a series: a body's value in a year, with the definition it uses. */
export interface LinePoint {
  year: number;
  value: number | null;
  segment: string;
  comparability: string;
  status: string;
}

export interface LineBreak {
  /** x position between the two years. */
  x: number;
  year: number;
  kind: 'approx' | 'not comparable';
}

export interface LineSeriesLayout {
  key: string;
  /** One path per run of consecutive years that share a definition. */
  paths: string[];
  points: { x: number; y: number; year: number; value: number; status: string }[];
  /** Years with a report but no number (ambiguous, missing …): drawn as such, never as 0. */
  unknown: { x: number; year: number; status: string }[];
}

export interface LineLayout {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  years: number[];
  series: LineSeriesLayout[];
  breaks: LineBreak[];
}

/**
 * Lays out one line per series. Two points are joined only when their years are consecutive,
 * both have a value and both use the same definition (segment): a missing year is a gap, and a
 * format change is a break, flagged with the relation of the later definition.
 */
export function layoutLines(
  series: { key: string; points: LinePoint[] }[],
  size: { width: number; height: number; left: number; right: number; top: number; bottom: number },
  /** Shared scales for small multiples: the same years and the same top for every panel. */
  shared?: { first: number; last: number; max: number },
): LineLayout {
  const all = series.flatMap((s) => s.points);
  const [y0, y1] = extent(all, (p) => p.year) as [number | undefined, number | undefined];
  const first = shared?.first ?? y0 ?? 2019;
  const last = shared?.last ?? y1 ?? first;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const x = scaleLinear()
    .domain(first === last ? [first - 0.5, last + 0.5] : [first, last])
    .range([size.left, size.width - size.right]);
  const y = scaleLinear()
    .domain([0, shared?.max || max(all, (p) => p.value) || 1])
    .nice()
    .range([size.height - size.bottom, size.top]);
  const path = line<{ year: number; value: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));

  const breaks = new Map<string, LineBreak>();
  const layouts = series.map(({ key, points }) => {
    const sorted = [...points].sort((a, b) => a.year - b.year);
    const runs: { year: number; value: number }[][] = [];
    let run: { year: number; value: number }[] = [];
    let prev: LinePoint | undefined;
    for (const p of sorted) {
      const joins =
        prev &&
        prev.value != null &&
        p.value != null &&
        p.year === prev.year + 1 &&
        p.segment === prev.segment;
      if (
        prev &&
        p.year === prev.year + 1 &&
        prev.value != null &&
        p.value != null &&
        p.segment !== prev.segment
      ) {
        const kind =
          p.comparability === 'not comparable' || prev.comparability === 'not comparable'
            ? 'not comparable'
            : 'approx';
        const k = `${p.year}:${kind}`;
        breaks.set(k, { x: x(p.year - 0.5), year: p.year, kind });
      }
      if (!joins && run.length) {
        runs.push(run);
        run = [];
      }
      if (p.value != null) run.push({ year: p.year, value: p.value });
      prev = p;
    }
    if (run.length) runs.push(run);
    return {
      key,
      paths: runs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
      points: sorted
        .filter((p) => p.value != null)
        .map((p) => ({
          x: x(p.year),
          y: y(p.value!),
          year: p.year,
          value: p.value!,
          status: p.status,
        })),
      unknown: sorted
        .filter((p) => p.value == null)
        .map((p) => ({ x: x(p.year), year: p.year, status: p.status })),
    };
  });
  return {
    x,
    y,
    years,
    series: layouts,
    breaks: [...breaks.values()].sort((a, b) => a.year - b.year),
  };
}

/**
 * Label positions nudged apart by at least `gap` (sorted by y), then moved up where the last ones
 * would fall below `bottom`; never above `top`.
 */
export function spreadLabels<T extends { y: number }>(
  labels: T[],
  gap: number,
  top: number,
  bottom: number,
): T[] {
  const out = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l }));
  for (let k = 1; k < out.length; k++) out[k]!.y = Math.max(out[k]!.y, out[k - 1]!.y + gap);
  for (let k = out.length - 1; k >= 0; k--) {
    const limit = k === out.length - 1 ? bottom : out[k + 1]!.y - gap;
    out[k]!.y = Math.max(top, Math.min(out[k]!.y, limit));
  }
  return out;
}
