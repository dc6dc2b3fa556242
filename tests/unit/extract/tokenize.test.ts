import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../src/lib/extract/tokenize.ts';

/** Compact view of a token stream: `label:规章 num:0 empty:dash:- soft rowBreak`. */
function show(tokens: Token[]): string {
  return tokens
    .map((t) => {
      switch (t.kind) {
        case 'label':
          return `label:${t.text.trim()}`;
        case 'num':
          return `num:${t.text}`;
        case 'empty':
          return `empty:${t.emptyKind}:${t.text.trim() || '∅'}`;
        case 'softEmpty':
          return 'soft';
        case 'rowBreak':
          return '/';
      }
    })
    .join(' ');
}

describe('tokenize', () => {
  it.each([
    {
      call: "tokenize('规章\\n\\n0\\n\\n0\\n\\n1\\n…') reads one cell per line with blank lines",
      text: '规章\n\n0\n\n0\n\n1\n\n行政规范性文件\n\n5\n\n2\n\n30\n',
      want: 'label:规章 num:0 num:0 num:1 label:行政规范性文件 num:5 num:2 num:30',
    },
    {
      call: "tokenize('规章 | 0 | 0 | 1 |') makes each pipe line a row",
      text: '规章 | 0 | 0 | 1 |\n行政规范性文件 | 5 | 2 | 30 |\n',
      want: '/ label:规章 num:0 num:0 num:1 / / label:行政规范性文件 num:5 num:2 num:30 /',
    },
    {
      call: "tokenize('一、本年新收… |\\n3 |\\n3 |\\n|||||||') keeps zero-width pipe runs soft",
      text: '一、本年新收政府信息公开申请数量 |\n3 |\n3 |\n|||||||\n',
      want: 'label:一、本年新收政府信息公开申请数量 num:3 num:3 soft soft soft soft soft soft',
    },
    {
      call: "tokenize('行政强制 | 4 | 4 | - | ||') reads the dash, a blank and a soft run",
      text: '行政强制 | 4 | 4 | - | ||',
      want: '/ label:行政强制 num:4 num:4 empty:dash:- empty:blank:∅ soft /',
    },
    {
      call: "tokenize('| 规章 | 0 |  | 0 |') makes '|  |' a countable empty cell",
      text: '| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |  | 0 |\n',
      want: '/ label:信息内容 label:本年制发件数 / / label:规章 num:0 empty:blank:∅ num:0 /',
    },
    {
      call: "tokenize('| :--- | ---: |') ignores markdown separator lines",
      text: '| :--- | ---: |\n|---|---|---|\n',
      want: '',
    },
    {
      call: "tokenize('规章 0 0 1 行政规范性文件 5 2 30') reads space-separated cells",
      text: '规章 0 0 1 行政规范性文件 5 2 30',
      want: 'label:规章 num:0 num:0 num:1 label:行政规范性文件 num:5 num:2 num:30',
    },
    {
      call: "tokenize('规章000行政规范性文件77132470第二十条') reads cells run together",
      text: '规章000行政规范性文件77132470第二十条',
      want: 'label:规章 num:000 label:行政规范性文件 num:77132470 label:第二十条',
    },
    {
      call: "tokenize('…00000002.其他法律…') gives the trailing 2 to the next label",
      text: '1.属于国家秘密00000002.其他法律行政法规禁止公开 0000000',
      want: 'label:1.属于国家秘密 num:0000000 label:2.其他法律行政法规禁止公开 num:0000000',
    },
    {
      call: "tokenize('…20000027.属于行政执法案卷') splits a run before the item number 7.",
      text: '6.属于四类过程性信息 20000027.属于行政执法案卷',
      want: 'label:6.属于四类过程性信息 num:2000002 label:7.属于行政执法案卷',
    },
    {
      call: "tokenize('行政事业性收费5949.088667三、') keeps a decimal whole",
      text: '行政事业性收费5949.088667三、收到',
      want: 'label:行政事业性收费 num:5949.088667 label:三、收到',
    },
    {
      call: "tokenize('行政许可 | 109 | -3 | +20 |') keeps the signs",
      text: '行政许可 | 109 | -3 | +20 |',
      want: '/ label:行政许可 num:109 num:-3 num:+20 /',
    },
    {
      call: "tokenize('行政处罚 — 3 / 5') reads a lone dash or slash as an empty cell",
      text: '行政处罚 — 3 / 5',
      want: 'label:行政处罚 empty:dash:— num:3 empty:dash:/ num:5',
    },
    {
      call: "tokenize('规章\\n\\n0\\n\\n-\\n\\n1') reads a dash line as an empty cell",
      text: '规章\n\n0\n\n-\n\n1\n',
      want: 'label:规章 num:0 empty:dash:- num:1',
    },
    {
      call: "tokenize('(一) 主动公开政府信息数\\n(不同渠道和方式公开相同信息计1条)\\n条\\n4156') keeps the note in the label",
      text: '(一) 主动公开政府信息数\n\n(不同渠道和方式公开相同信息计1条)\n\n条\n\n4156\n',
      want: 'label:(一) 主动公开政府信息数 label:(不同渠道和方式公开相同信息计1条) label:条 num:4156',
    },
    {
      call: "tokenize('(二)部分公开(区分处理的,只计这一情形,不计其他情形) 8100009') keeps the bracket inside the label",
      text: '(二)部分公开(区分处理的,只计这一情形,不计其他情形) 8100009',
      want: 'label:(二)部分公开(区分处理的,只计这一情形,不计其他情形) num:8100009',
    },
  ])('$call', ({ text, want }) => {
    expect(show(tokenize(text))).toBe(want);
  });

  it("tokenize('…(不同渠道和方式公开相同信息计1条)…') never yields the note's 1 as a number", () => {
    const tokens = tokenize('(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)条4156');
    expect(tokens.filter((t) => t.kind === 'num').map((t) => t.digits)).toEqual(['4156']);
  });

  it("tokenize('12,345 | 5125.11') strips thousands separators from digits", () => {
    const nums = tokenize('收费 | 12,345 | 5125.11 |').filter((t) => t.kind === 'num');
    expect(nums.map((t) => [t.text, t.digits])).toEqual([
      ['12,345', '12345'],
      ['5125.11', '5125.11'],
    ]);
  });

  it("tokenize('政府集中采购 | 6 | 251000元') records the unit of the number", () => {
    const num = tokenize('政府集中采购 | 6 | 251000元 |').find((t) => t.digits === '251000');
    expect(num).toMatchObject({ kind: 'num', digits: '251000', unit: '元', sign: '' });
  });

  // Bug: pushNumber takes the unit into the number token but scanChars does not skip it, so the
  // unit is read a second time as a label (a stray row `元` whose span overlaps the number).
  it("tokenize('政府集中采购 | 6 | 251000元') reads the unit only once", () => {
    expect(show(tokenize('政府集中采购 | 6 | 251000元 |'))).toBe(
      '/ label:政府集中采购 num:6 num:251000元 /',
    );
  });

  it("tokenize('行政许可 | -3 |') reports the sign apart from the digits", () => {
    const num = tokenize('行政许可 | -3 |').find((t) => t.kind === 'num');
    expect(num).toMatchObject({ digits: '3', sign: '-', text: '-3' });
  });

  it.each([
    { call: "tokenize('a | - |') -> '-'", text: '行政强制 | - |', dash: '-' },
    { call: "tokenize('a | — |') -> '—'", text: '行政强制 | — |', dash: '—' },
    { call: "tokenize('a | / |') -> '/'", text: '行政强制 | / |', dash: '/' },
    { call: "tokenize('a\\n-\\n') -> '-'", text: '行政强制\n-\n', dash: '-' },
  ])('$call is an empty cell of kind dash', ({ text, dash }) => {
    const empty = tokenize(text).filter((t) => t.kind === 'empty');
    expect(empty).toEqual([expect.objectContaining({ emptyKind: 'dash', text: dash })]);
  });

  // Bug: `无` is listed as a dash cell (Token.emptyKind doc, METRICS §4.3) but isDashCell only knows
  // `-—–/－─`, so a `无` cell becomes a label that starts a new row and cuts the row short.
  it("tokenize('行政强制 | 4 | 4 | 无 |') reads 无 as an empty cell of kind dash", () => {
    expect(show(tokenize('行政强制 | 4 | 4 | 无 |'))).toBe(
      '/ label:行政强制 num:4 num:4 empty:dash:无 /',
    );
  });

  it("tokenize('二道区-长春市') does not read a dash between characters as an empty cell", () => {
    expect(tokenize('二道区-长春市').filter((t) => t.kind === 'empty')).toEqual([]);
  });

  it('tokenize(text, start, end) reads only the slice and keeps text offsets', () => {
    const text = '前言 99\n规章 | 1 | 2 | 3 |\n后记 88';
    const start = text.indexOf('规章');
    const end = text.indexOf('\n后记');
    const tokens = tokenize(text, start, end);
    expect(show(tokens)).toBe('/ label:规章 num:1 num:2 num:3 /');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    '规章 | 0 | 0 | 3 |\n行政规范性文件 | 15 | 4 | 120 |',
    '(三)不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开 0000000',
    '主动公开信息数条3201450其中:1.网站公开条31713502.政府公报公开条3100',
    '| 规章 | 0 |  | 0 |\n|---|---|---|---|\n行政强制 | 4 | - | ||',
  ])('tokenize(%j) gives every token its own text span, in order', (text) => {
    let last = 0;
    for (const t of tokenize(text)) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      if (t.kind !== 'rowBreak') expect(text.slice(t.start, t.end)).toBe(t.text);
      last = t.kind === 'rowBreak' ? t.start : t.end;
    }
  });
});

describe('tokenize(label cell ending with its figure)', () => {
  it("tokenize('2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):2条 |') reads the 2", () => {
    const tokens = tokenize(
      '2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):2条 |\n',
    );
    expect(tokens.filter((t) => t.kind === 'num').map((t) => t.digits)).toEqual(['2']);
    expect(tokens.find((t) => t.kind === 'label')?.text).toBe(
      '2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类)',
    );
  });
});

describe('tokenize(lines a PDF converter leaves)', () => {
  it.each([
    {
      call: "tokenize('-4-' between rows) drops the page number",
      text: '1.本机关不掌握相关政府信息 20 2 0 0 0 1 23\n-4-\n2.没有现成信息需要另行制作 2 0 0 0 0 0 2',
      want: 'label:1.本机关不掌握相关政府信息 num:20 num:2 num:0 num:0 num:0 num:1 num:23 label:2.没有现成信息需要另行制作 num:2 num:0 num:0 num:0 num:0 num:0 num:2',
    },
    {
      call: "tokenize('第 3 页 共 9 页' between a label and its cells) drops the page line",
      text: '(二)部分公开\n第 3 页 共 9 页\n4 0 0 0 0 0 4',
      want: 'label:(二)部分公开 num:4 num:0 num:0 num:0 num:0 num:0 num:4',
    },
    {
      call: "negative twin: tokenize('-3' alone) keeps a signed cell (本年增/减)",
      text: '行政许可\n109\n-3\n44613',
      want: 'label:行政许可 num:109 num:-3 num:44613',
    },
    {
      call: "negative twin: tokenize('- 3 -') keeps three cells (a dash, 3, a dash)",
      text: '行政处罚\n- 3 -',
      want: 'label:行政处罚 empty:dash:- num:3 empty:dash:-',
    },
  ])('$call', ({ text, want }) => {
    expect(show(tokenize(text))).toBe(want);
  });

  it('tokenize marks a number alone on its line, and only that', () => {
    const tokens = tokenize('规章 0 0\n      3\n| 5 |\n行政许可\n12');
    const alone = tokens.filter((t) => t.alone).map((t) => t.text);
    expect(alone).toEqual(['3', '12']);
    expect(tokens.map((t) => t.line)).toEqual([0, 0, 0, 1, 2, 2, 2, 3, 4]);
  });
});
