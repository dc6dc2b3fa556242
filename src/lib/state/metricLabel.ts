/**
 * Display label of a catalogue metric: the first `；` variant of `labels`, without its numbering
 * (`（一）`, `2.`, `一、`, `其中：`) and without trailing notes in brackets.
 */
export function metricLabel(labels: string | null | undefined, fallback = ''): string {
  const first = (labels ?? '').split('；')[0]?.trim() ?? '';
  const label = first
    .replace(/\s*\((?:[^()]*)\)\s*$/u, '') // "(header may flatten …)", "(local)"
    .replace(/(?<=.)（[^（）]*）$/u, '') // "（不同渠道和方式公开相同信息计1条）"
    .replace(
      /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+\)|\d+[.、．]|其中[:：])\s*/u,
      '',
    )
    .trim();
  return label || fallback;
}

/** The topic group of a catalogue table code, e.g. `P1 主动公开情况` -> `主动公开情况`. */
export function tableGroupLabel(table: string): string {
  return table.replace(/^[A-Z]\d*\s+/, '');
}
