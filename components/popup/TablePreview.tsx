import type { Table } from '@/lib/preview/parse-table';
import './preview.css';

/** What the preview leaves out, in plain words; null when it shows the whole file. */
export function tableNote({ header, rows, truncated, hiddenColumns }: Table): string | null {
  const parts: string[] = [];
  if (truncated) parts.push(`the first ${rows.length.toLocaleString()} ${rows.length === 1 ? 'row' : 'rows'}`);
  if (hiddenColumns > 0)
    parts.push(`${header.length.toLocaleString()} of ${(header.length + hiddenColumns).toLocaleString()} columns`);
  return parts.length > 0 ? `Showing ${parts.join(' and ')}. Download the file for the rest.` : null;
}

/** CSV or TSV as a table: the header row sticks, long cells wrap, the first rows and columns only. */
export function TablePreview({ table, name }: { table: Table; name: string }) {
  if (table.header.length === 0) return <p class="preview-note">{name} is empty.</p>;
  const note = tableNote(table);
  return (
    <div class="preview-table" tabIndex={0} role="region" aria-label={`${name}, table preview`}>
      <table>
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <p class="preview-note">{note}</p> : null}
    </div>
  );
}
