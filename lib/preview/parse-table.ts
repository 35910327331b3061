import Papa from 'papaparse';

export interface Table {
  header: string[];
  rows: string[][];
  /** True when the file has more rows than are shown. */
  truncated: boolean;
}

/** How many data rows a preview shows: enough to see the shape, cheap to lay out. */
export const TABLE_PREVIEW_ROWS = 200;

/**
 * CSV or TSV text as a table for the preview: the first row is the header,
 * then at most `maxRows` rows, every row padded to the same width. Papa
 * Parse handles quoting, embedded newlines and a sniffed delimiter.
 */
export function parseTable(text: string, options: { tabs?: boolean; maxRows?: number } = {}): Table {
  const maxRows = options.maxRows ?? TABLE_PREVIEW_ROWS;
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: options.tabs ? '\t' : '',
    skipEmptyLines: 'greedy',
    // One extra row tells whether there is more.
    preview: maxRows + 2,
  });
  const [header = [], ...body] = result.data;
  const rows = body.slice(0, maxRows);
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const pad = (row: string[]) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row);
  return { header: pad(header), rows: rows.map(pad), truncated: body.length > maxRows };
}
