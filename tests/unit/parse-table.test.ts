import { describe, expect, it } from 'vitest';
import {
  parseTable,
  TABLE_PREVIEW_CELLS,
  TABLE_PREVIEW_COLUMNS,
  TABLE_PREVIEW_ROWS,
  type Table,
} from '@/lib/preview/parse-table';
import { tableNote } from '@/components/popup/TablePreview';

/** `rows` lines of `columns` cells, named by position (r0c0, r0c1, …). */
const grid = (rows: number, columns: number, separator = ',') =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `r${r}c${c}`).join(separator)).join(
    '\n',
  );

describe('parseTable', () => {
  it('splits the header from the rows, honouring quotes and embedded newlines', () => {
    const table = parseTable('name,note\n"Smith, Ada","line one\nline two"\nBob,ok\n');
    expect(table).toEqual({
      header: ['name', 'note'],
      rows: [
        ['Smith, Ada', 'line one\nline two'],
        ['Bob', 'ok'],
      ],
      truncated: false,
      hiddenColumns: 0,
    });
    expect(tableNote(table)).toBeNull();
  });

  it('reads tab-separated files, keeping commas inside cells, and sniffs semicolons', () => {
    expect(parseTable('name\tnote\nSmith, Ada\t"a\tb"', { tabs: true }).rows).toEqual([['Smith, Ada', 'a\tb']]);
    expect(parseTable('a;b\n1;2').rows).toEqual([['1', '2']]);
  });

  it('caps a wide TSV like a wide CSV', () => {
    const table = parseTable(grid(3, TABLE_PREVIEW_COLUMNS + 20, '\t'), { tabs: true });
    expect(table.header).toHaveLength(TABLE_PREVIEW_COLUMNS);
    expect(table.header.at(-1)).toBe(`r0c${TABLE_PREVIEW_COLUMNS - 1}`);
    expect(table.rows).toHaveLength(2);
    expect(table.hiddenColumns).toBe(20);
  });

  it('shows only the first rows and says there are more', () => {
    const csv = ['n', ...Array.from({ length: 10 }, (_, i) => String(i))].join('\n');
    const table = parseTable(csv, { maxRows: 3 });
    expect(table.rows).toEqual([['0'], ['1'], ['2']]);
    expect(table.truncated).toBe(true);
    expect(parseTable(csv, { maxRows: 10 }).truncated).toBe(false);
  });

  it('pads ragged rows so every column lines up, and drops a byte-order mark', () => {
    const table = parseTable('\uFEFFa,b,c\n1\n1,2,3,4');
    expect(table.header).toEqual(['a', 'b', 'c', '']);
    expect(table.rows).toEqual([
      ['1', '', '', ''],
      ['1', '2', '3', '4'],
    ]);
    expect(table.hiddenColumns).toBe(0);
  });

  it('gives an empty table for an empty file', () => {
    expect(parseTable('')).toEqual({ header: [], rows: [], truncated: false, hiddenColumns: 0 });
  });

  it('opens the issue’s wide CSV (600 KB of "x," on one line, then 250 short rows) capped, with a note', () => {
    const csv = `${'x,'.repeat(300_000)}\n${Array.from({ length: 250 }, (_, i) => `a${i},b`).join('\n')}`;
    const started = performance.now();
    const table = parseTable(csv);
    console.log(`parseTable, 600 KB wide line + 250 rows: ${(performance.now() - started).toFixed(1)} ms`);

    expect(table.header).toHaveLength(TABLE_PREVIEW_COLUMNS);
    expect(table.header.every((cell) => cell === 'x')).toBe(true);
    expect(table.rows.every((row) => row.length === TABLE_PREVIEW_COLUMNS)).toBe(true);
    expect(table.rows.length * TABLE_PREVIEW_COLUMNS).toBeLessThanOrEqual(TABLE_PREVIEW_CELLS);
    // The cell cap, not the row cap, decides: a full-width table gets fewer rows.
    expect(table.rows).toHaveLength(TABLE_PREVIEW_CELLS / TABLE_PREVIEW_COLUMNS);
    expect(table.rows[0]!.slice(0, 3)).toEqual(['a0', 'b', '']);
    expect(table.rows.at(-1)![0]).toBe(`a${table.rows.length - 1}`);
    expect(table.truncated).toBe(true);
    // 300,000 "x," make 300,001 fields: the trailing comma opens an empty last one.
    expect(table.hiddenColumns).toBe(300_001 - TABLE_PREVIEW_COLUMNS);
    expect(tableNote(table)).toBe(
      `Showing the first ${(100).toLocaleString()} rows and ${(100).toLocaleString()} of ${(300_001).toLocaleString()} columns. Download the file for the rest.`,
    );
  });

  it('counts hidden columns from the widest shown row, even when it is not the header', () => {
    const csv = ['a,b', '1,2', Array.from({ length: 1000 }, (_, c) => `w${c}`).join(','), '3,4'].join('\n');
    const table = parseTable(csv);
    expect(table.header).toEqual(['a', 'b', ...Array<string>(TABLE_PREVIEW_COLUMNS - 2).fill('')]);
    expect(table.rows[1]!.at(-1)).toBe(`w${TABLE_PREVIEW_COLUMNS - 1}`);
    expect(table.rows[2]!.slice(0, 3)).toEqual(['3', '4', '']);
    expect(table.hiddenColumns).toBe(1000 - TABLE_PREVIEW_COLUMNS);
    expect(table.truncated).toBe(false);
    expect(tableNote(table)).toBe(
      `Showing ${(100).toLocaleString()} of ${(1000).toLocaleString()} columns. Download the file for the rest.`,
    );
  });

  it('shows fewer rows of a table wider than the cell cap allows at full length, without hiding columns', () => {
    const table = parseTable(grid(301, 60));
    expect(table.header).toHaveLength(60);
    expect(table.rows).toHaveLength(Math.floor(TABLE_PREVIEW_CELLS / 60));
    expect(table.hiddenColumns).toBe(0);
    expect(table.truncated).toBe(true);
    expect(tableNote(table)).toBe(`Showing the first ${(166).toLocaleString()} rows. Download the file for the rest.`);
  });

  it('shows a table at the caps whole, and one column more is reported', () => {
    const full = parseTable(grid(TABLE_PREVIEW_ROWS + 1, TABLE_PREVIEW_CELLS / TABLE_PREVIEW_ROWS));
    expect(full.rows).toHaveLength(TABLE_PREVIEW_ROWS);
    expect(full.rows.at(-1)!.at(-1)).toBe(`r${TABLE_PREVIEW_ROWS}c${TABLE_PREVIEW_CELLS / TABLE_PREVIEW_ROWS - 1}`);
    expect(full.truncated).toBe(false);
    expect(tableNote(full)).toBeNull();

    const wider = parseTable(grid(2, TABLE_PREVIEW_COLUMNS + 1));
    expect(wider.header).toHaveLength(TABLE_PREVIEW_COLUMNS);
    expect(wider.hiddenColumns).toBe(1);
  });

  it('cuts a wide row without breaking a quoted cell that holds commas and newlines', () => {
    const wide = [
      'id',
      '"Smith, Ada"',
      '"line one\nline two, still one cell"',
      ...Array.from({ length: 200 }, (_, c) => `e${c}`),
    ].join(',');
    const table = parseTable(`${wide}\nlast`);
    expect(table.header.slice(0, 4)).toEqual(['id', 'Smith, Ada', 'line one\nline two, still one cell', 'e0']);
    expect(table.header).toHaveLength(TABLE_PREVIEW_COLUMNS);
    expect(table.hiddenColumns).toBe(203 - TABLE_PREVIEW_COLUMNS);
    expect(table.rows).toEqual([['last', ...Array<string>(TABLE_PREVIEW_COLUMNS - 1).fill('')]]);
  });

  // Cases from csv-spectrum (github.com/max-mapper/csv-spectrum), written out with their expected rows.
  const spectrum: [name: string, csv: string, header: string[], rows: string[][]][] = [
    [
      'comma_in_quotes',
      'first,last,address,city,zip\nJohn,Doe,120 any st.,"Anytown, WW",08123',
      ['first', 'last', 'address', 'city', 'zip'],
      [['John', 'Doe', '120 any st.', 'Anytown, WW', '08123']],
    ],
    [
      'empty',
      'a,b,c\n1,"",""\n2,3,4',
      ['a', 'b', 'c'],
      [
        ['1', '', ''],
        ['2', '3', '4'],
      ],
    ],
    [
      'empty_crlf',
      'a,b,c\r\n1,"",""\r\n2,3,4',
      ['a', 'b', 'c'],
      [
        ['1', '', ''],
        ['2', '3', '4'],
      ],
    ],
    [
      'escaped_quotes',
      'a,b\n1,"ha ""ha"" ha"\n3,4\n',
      ['a', 'b'],
      [
        ['1', 'ha "ha" ha'],
        ['3', '4'],
      ],
    ],
    [
      'json',
      'key,val\n1,"{""type"": ""Point"", ""coordinates"": [102.0, 0.5]}"\n',
      ['key', 'val'],
      [['1', '{"type": "Point", "coordinates": [102.0, 0.5]}']],
    ],
    [
      'newlines',
      'a,b,c\n1,2,3\n"Once upon \na time",5,6\n7,8,9\n',
      ['a', 'b', 'c'],
      [
        ['1', '2', '3'],
        ['Once upon \na time', '5', '6'],
        ['7', '8', '9'],
      ],
    ],
    [
      'newlines_crlf',
      'a,b,c\r\n1,2,3\r\n"Once upon \r\na time",5,6\r\n7,8,9\r\n',
      ['a', 'b', 'c'],
      [
        ['1', '2', '3'],
        ['Once upon \r\na time', '5', '6'],
        ['7', '8', '9'],
      ],
    ],
    [
      'quotes_and_newlines',
      'a,b\n1,"ha \n""ha"" \nha"\n3,4\n',
      ['a', 'b'],
      [
        ['1', 'ha \n"ha" \nha'],
        ['3', '4'],
      ],
    ],
    ['simple_crlf', 'a,b,c\r\n1,2,3', ['a', 'b', 'c'], [['1', '2', '3']]],
    [
      'utf8',
      'a,b,c\n1,2,3\n4,5,ʤ',
      ['a', 'b', 'c'],
      [
        ['1', '2', '3'],
        ['4', '5', 'ʤ'],
      ],
    ],
  ];
  it.each(spectrum)('parses csv-spectrum %s', (_name, csv, header, rows) => {
    expect(parseTable(csv)).toEqual({ header, rows, truncated: false, hiddenColumns: 0 } satisfies Table);
  });
});
