/** The width a chart is drawn at, from the width it is shown at (pure). */

/** Charts are drawn 860 units wide on a desktop and scaled to fit. */
export const FULL_WIDTH = 860;
/** Below this drawn width a chart uses its narrow layout (labels above bars, fewer legend columns). */
export const NARROW = 600;
/** Narrower than this, the drawing is scaled down rather than squeezed further. */
export const MIN_WIDTH = 320;

/**
 * The drawing's width in units for a box `shown` px wide: the box's own width below 860 (so the
 * text keeps its size on a phone), 860 above it or before the box is measured (0).
 */
export function chartWidth(shown: number): number {
  if (!(shown > 0) || shown >= FULL_WIDTH) return FULL_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(shown));
}

/**
 * `label` cut with an ellipsis to about `room` units at `fontSize` (a CJK character is about one
 * font size wide, a Latin one about 0.6 of it).
 */
export function fitLabel(label: string, room: number, fontSize: number): string {
  const widths = [...label].map((c) => (/[\u2E80-\uFFEF]/.test(c) ? fontSize : fontSize * 0.6));
  if (widths.reduce((a, b) => a + b, 0) <= room) return label;
  // The longest start that leaves room for the ellipsis (one font size).
  let used = fontSize;
  let keep = 0;
  while (keep < widths.length && used + widths[keep]! <= room) used += widths[keep++]!;
  return `${[...label].slice(0, keep).join('')}…`;
}
