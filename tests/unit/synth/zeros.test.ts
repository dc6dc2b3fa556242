import { describe, expect, it } from 'vitest';
import { row } from '../../../src/lib/synth/figures/values.ts';
import { Rng } from '../../../src/lib/synth/random.ts';
import type { DocBlock, SynthCell, SynthTable } from '../../../src/lib/synth/types.ts';
import { filledTables, printZeros, readCell } from '../../../src/lib/synth/zeros.ts';

const cell = (applicant: SynthCell['applicant'], value: number, printed: string): SynthCell => ({
  metric: 'res_granted',
  applicant,
  period: 'year',
  value,
  printed,
});

describe('readCell (METRICS.md §4.3)', () => {
  const filled = new Set<SynthTable['kind']>(['T3']);
  it.each([
    ['a printed number', cell('natural_person', 3, '3'), 'T3', { status: 'reported', value: 3 }],
    [
      'an empty cell of a filled table',
      cell('natural_person', 0, ''),
      'T3',
      { status: 'imputed_zero', value: 0 },
    ],
    [
      'a `-` of a filled table',
      cell('natural_person', 0, '-'),
      'T3',
      { status: 'imputed_zero', value: 0 },
    ],
    ['an empty 总计 of table 三', cell('total', 7, ''), 'T3', { status: 'derived', value: 7 }],
    [
      'an empty cell of a table with no number',
      cell('all', 0, ''),
      'T4',
      { status: 'blank', value: null },
    ],
    ['a `-` of a table with no number', cell('all', 0, '-'), 'T4', { status: 'dash', value: null }],
  ] as const)('%s', (_name, c, kind, expected) => {
    expect(readCell(c, kind, filled)).toEqual(expected);
  });
});

describe('printZeros', () => {
  const table = (): DocBlock[] => [
    {
      kind: 'table',
      table: {
        kind: 'T3',
        blocks: [
          {
            header: [],
            labelColumns: 1,
            rows: Array.from({ length: 30 }, () =>
              row(
                ['（一）予以公开'],
                [
                  cell('natural_person', 0, '0'),
                  cell('legal_other', 2, '2'),
                  cell('total', 2, '2'),
                ],
              ),
            ),
          },
        ],
      },
    },
  ];
  const printed = (blocks: DocBlock[]) =>
    blocks.flatMap((b) =>
      b.kind === 'table'
        ? b.table.blocks[0]!.rows.flatMap((r) => r.cells.map((c) => c.printed))
        : [],
    );

  it('leaves every cell as printed where empty cells could not be counted (space-separated)', () => {
    const blocks = table();
    printZeros(new Rng('z'), blocks, 'blank', 'spaced');
    expect(new Set(printed(blocks))).toEqual(new Set(['0', '2']));
  });

  it('empties zeros (never a non-zero figure but a 总计 that its row adds up to) in ` | ` rows', () => {
    const blocks = table();
    printZeros(new Rng('z'), blocks, 'blank', 'pipes');
    const cells = printed(blocks);
    expect(cells.filter((p) => p === '').length).toBeGreaterThan(15);
    const rows = blocks[0]!.kind === 'table' ? blocks[0]!.table.blocks[0]!.rows : [];
    for (const r of rows) expect(r.cells[1]!.printed).toBe('2');
    expect(filledTables(blocks)).toEqual(new Set(['T3']));
  });

  it("a site that writes '-' writes it for zeros only", () => {
    const blocks = table();
    printZeros(new Rng('z'), blocks, 'dash', 'html');
    expect(new Set(printed(blocks))).toEqual(new Set(['-', '0', '2']));
  });
});
