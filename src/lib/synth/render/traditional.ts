/**
 * Mirror sites serve reports in traditional characters (SOURCES.md E8, E9). A text is mirrored
 * character by character, and only when that keeps its length and converts back to the same
 * simplified text (a few characters have several traditional forms), so offsets stay valid.
 */
import * as OpenCC from 'opencc-js';

let convert: { to: (s: string) => string; back: (s: string) => string } | null = null;

function converters() {
  convert ??= {
    to: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    back: OpenCC.Converter({ from: 't', to: 'cn' }),
  };
  return convert;
}

/** The traditional-character text, or null when it would not convert back exactly. */
export function toTraditional(text: string): string | null {
  const convert = converters();
  const out = convert.to(text);
  return out.length === text.length && convert.back(out) === text ? out : null;
}

/** A label as a mirror prints it (labels and units copied from its text into facts.csv). */
export function mirrorLabel(text: string): string {
  return converters().to(text);
}
