import { plural, t } from '@/lib/i18n/messages';
import type { Table } from '@/lib/preview/parse-table';
import { richText } from '@/components/shared/rich-text';
import './preview.css';

/** What the preview leaves out, in plain words; null when it shows the whole file. */
export function tableNote({ header, rows, truncated, hiddenColumns }: Table): string | null {
  const columns = header.length + hiddenColumns;
  if (truncated && hiddenColumns > 0)
    return plural(
      'preview_tableRowsAndColumnsNote',
      rows.length,
      plural('preview_tableColumnsPart', columns, header.length),
    );
  if (truncated) return plural('preview_tableRowsNote', rows.length);
  if (hiddenColumns > 0) return plural('preview_tableColumnsNote', columns, header.length);
  return null;
}

/** CSV or TSV as a table: the header row sticks, long cells wrap, the first rows and columns only. */
export function TablePreview({ table, name }: { table: Table; name: string }) {
  if (table.header.length === 0) return <p class="preview-note">{richText('preview_tableEmpty', <bdi>{name}</bdi>)}</p>;
  const note = tableNote(table);
  // Cells are HQ's data: each takes the direction of its own text.
  return (
    <div class="preview-table" tabIndex={0} role="region" aria-label={t('preview_tableLabel', name)}>
      <table>
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} scope="col" dir="auto">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} dir="auto">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <p class="preview-note">{note}</p> : null}
    </div>
  );
}
