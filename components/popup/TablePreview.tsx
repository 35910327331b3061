import type { Table } from '@/lib/preview/parse-table';

/** CSV or TSV as a table: the header row sticks, long cells wrap, the first rows only. */
export function TablePreview({ table, name }: { table: Table; name: string }) {
  if (table.header.length === 0) return <p class="preview-note">{name} is empty.</p>;
  return (
    <div class="preview-table" tabIndex={0} role="region" aria-label={`${name}, table preview`}>
      <table>
        <thead>
          <tr>{table.header.map((cell, i) => <th key={i} scope="col">{cell}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {table.truncated ? <p class="preview-note">Showing the first {table.rows.length} rows. Download the file for all of them.</p> : null}
    </div>
  );
}
