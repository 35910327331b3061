import { describe, expect, it } from 'vitest';
import { parseTable } from '@/lib/preview/parse-table';

describe('parseTable', () => {
  it('splits the header from the rows, honouring quotes and embedded newlines', () => {
    const table = parseTable('name,note\n"Smith, Ada","line one\nline two"\nBob,ok\n');
    expect(table.header).toEqual(['name', 'note']);
    expect(table.rows).toEqual([['Smith, Ada', 'line one\nline two'], ['Bob', 'ok']]);
    expect(table.truncated).toBe(false);
  });

  it('reads tab-separated files and sniffs semicolons', () => {
    expect(parseTable('a\tb\n1\t2', { tabs: true }).rows).toEqual([['1', '2']]);
    expect(parseTable('a;b\n1;2').rows).toEqual([['1', '2']]);
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
    expect(table.rows).toEqual([['1', '', '', ''], ['1', '2', '3', '4']]);
  });

  it('gives an empty table for an empty file', () => {
    expect(parseTable('')).toEqual({ header: [], rows: [], truncated: false });
  });
});
