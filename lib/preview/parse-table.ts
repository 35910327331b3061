import Papa from 'papaparse';

export interface Table {
  /** The first row, cut to the shown columns and padded to their width. */
  header: string[];
  rows: string[][];
  /** True when the file has more rows than are shown. */
  truncated: boolean;
  /** Columns not shown: how far the widest row read (header or a shown row) goes past the column cap. */
  hiddenColumns: number;
}

/** How many data rows a preview shows: enough to see the shape, cheap to lay out. */
export const TABLE_PREVIEW_ROWS = 200;

/** How many columns a preview shows; more than this cannot be read side by side in a popup anyway. */
export const TABLE_PREVIEW_COLUMNS = 100;

/**
 * How many data cells a preview shows (the header adds one row more), so a wide table
 * shows fewer rows: up to 50 columns get all 200 rows, 100 columns get 100.
 */
export const TABLE_PREVIEW_CELLS = 10_000;

/**
 * CSV or TSV text as a table for the preview: the first row is the header,
 * then at most `maxRows` rows and `TABLE_PREVIEW_CELLS` cells, at most
 * `TABLE_PREVIEW_COLUMNS` wide, every row padded to the same width. Papa
 * Parse handles quoting, embedded newlines and a sniffed delimiter.
 */
export function parseTable(text: string, options: { tabs?: boolean; maxRows?: number } = {}): Table {
  const maxRows = options.maxRows ?? TABLE_PREVIEW_ROWS;
  let header: string[] | undefined;
  const rows: string[][] = [];
  let width = 0;
  let widest = 0;
  let truncated = false;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: options.tabs ? '\t' : '',
    skipEmptyLines: 'greedy',
    // Row by row, so a very wide line is cut once on arrival and never kept, copied or padded whole.
    step: ({ data: row }, parser) => {
      const cut = row.length > TABLE_PREVIEW_COLUMNS ? row.slice(0, TABLE_PREVIEW_COLUMNS) : row;
      const nextWidth = Math.max(width, cut.length);
      if (header === undefined) {
        header = cut;
      } else if (rows.length >= maxRows || (rows.length + 1) * nextWidth > TABLE_PREVIEW_CELLS) {
        // This row is not shown, so it only tells that there are more; stop reading here.
        truncated = true;
        parser.abort();
        return;
      } else {
        rows.push(cut);
      }
      width = nextWidth;
      widest = Math.max(widest, row.length);
    },
  });
  const pad = (row: string[]) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row);
  return { header: pad(header ?? []), rows: rows.map(pad), truncated, hiddenColumns: widest - width };
}
