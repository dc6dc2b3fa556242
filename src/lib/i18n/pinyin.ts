/**
 * Pinyin of body names for the English interface, from the pinyin-pro package. The package is
 * loaded on demand (a dynamic import, its own chunk), so the Chinese page never downloads it;
 * until it has loaded, names are shown without pinyin.
 */
type PinyinFn = typeof import('pinyin-pro').pinyin;

let pinyinFn: PinyinFn | null = null;
let loading: Promise<void> | null = null;
const cache = new Map<string, string>();

/** Loads pinyin-pro once (later calls share the first promise). */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then((m) => {
    pinyinFn = m.pinyin;
  });
  return loading;
}

/** True once pinyin-pro has loaded. */
export function pinyinLoaded(): boolean {
  return pinyinFn !== null;
}

/**
 * Generic terms of body names, written as words of their own (longest first); a single
 * character of SUFFIXES also stands alone. Everything else is read two characters to a word,
 * the usual length of a Chinese word: `平潭综合实验区` -> 平潭 综合 实验区.
 */
const WORDS = [
  '办公厅',
  '办公室',
  '委员会',
  '管委会',
  '实验区',
  '开发区',
  '自治区',
  '自治州',
  '自治县',
  '办事处',
  '管理局',
  '市场',
  '片区',
  '新区',
  '街道',
].sort((a, b) => b.length - a.length);
const SUFFIXES = new Set([...'省市区县镇乡局厅委办处与和']);

/** A name cut into words: generic terms alone, the rest two characters at a time. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let rest = '';
  const flush = () => {
    // An odd remainder ends in one word of three characters (`沐阳湖`), not a lone one.
    for (let i = 0; i < rest.length;) {
      const len = rest.length - i === 3 ? 3 : 2;
      words.push(rest.slice(i, i + len));
      i += len;
    }
    rest = '';
  };
  for (let i = 0; i < name.length;) {
    const word = WORDS.find((w) => name.startsWith(w, i));
    if (word) {
      flush();
      words.push(word);
      i += word.length;
    } else if (SUFFIXES.has(name[i]!) && rest.length !== 1) {
      flush();
      words.push(name[i]!);
      i += 1;
    } else rest += name[i++];
  }
  flush();
  return words;
}

/** Syllables of one word as written in pinyin: `Huai'an`, `Pingtan` (no tone marks). */
function wordPinyin(word: string, fn: PinyinFn): string {
  const syllables = fn(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** `平潭综合实验区` -> `Pingtan Zonghe Shiyanqu`; '' while pinyin-pro is not loaded. */
export function bodyPinyin(name: string): string {
  if (!pinyinFn || !name) return '';
  let text = cache.get(name);
  if (text === undefined) {
    const fn = pinyinFn;
    text = nameWords(name)
      .map((w) => wordPinyin(w, fn))
      .join(' ')
      .trim();
    cache.set(name, text);
  }
  return text;
}

/** `平潭综合实验区 (Pingtan Zonghe Shiyanqu)`: the name kept, its pinyin added once loaded. */
export function bodyNameEn(name: string): string {
  const py = bodyPinyin(name);
  return py ? `${name} (${py})` : name;
}

/**
 * What a body is found by: its name, and its pinyin with and without spaces, in lower case
 * (`平潭综合实验区 pingtan zonghe shiyanqu pingtanzongheshiyanqu`); the name alone until
 * pinyin-pro has loaded.
 */
export function bodySearchText(name: string): string {
  // Typed without diacritics: `lü` is found as `lu`.
  const py = bodyPinyin(name).toLowerCase().replace(/ü/g, 'u');
  return py ? `${name} ${py} ${py.replace(/[\s']/g, '')}`.toLowerCase() : name.toLowerCase();
}
