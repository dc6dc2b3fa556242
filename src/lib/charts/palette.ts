import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
];

const SYMBOLS = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolCross,
  symbolStar,
  symbolWye,
];

/** Colour of the i-th series (cycles). */
export function colorAt(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

/** Marker path of the i-th series, so series differ by shape as well as colour. */
export function markerPath(i: number, size = 48): string {
  return symbol(SYMBOLS[i % SYMBOLS.length]!, size)() ?? '';
}

/** Hatch pattern id of the i-th category (stacked bars differ by texture as well as colour). */
export const PATTERNS = ['none', 'diag', 'dots', 'cross', 'vert', 'horiz', 'diag2'] as const;
export function patternAt(i: number): (typeof PATTERNS)[number] {
  return PATTERNS[i % PATTERNS.length]!;
}
