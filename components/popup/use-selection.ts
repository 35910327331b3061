import { useState } from 'preact/hooks';

/**
 * Checked artifacts for "Download selected as ZIP". Shift-click checks or
 * unchecks the whole range from the last clicked row, as in file managers.
 */
export function useSelection(orderedIds: readonly string[]) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);

  function toggle(id: string, on: boolean, extendRange: boolean): void {
    setChecked((previous) => {
      const next = new Set(previous);
      const from = anchor ? orderedIds.indexOf(anchor) : -1;
      const to = orderedIds.indexOf(id);
      const range =
        extendRange && from >= 0 && to >= 0 ? orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
      for (const each of range) {
        if (on) next.add(each);
        else next.delete(each);
      }
      return next;
    });
    setAnchor(id);
  }

  // Only what is still listed counts (search, filters and deletes change the list).
  const selectedIds = orderedIds.filter((id) => checked.has(id));
  return {
    checked,
    selectedIds,
    toggle,
    /** Every listed row (Ctrl/Cmd+A); again with all of them selected, none. */
    selectAll: () =>
      setChecked((previous) => (orderedIds.every((id) => previous.has(id)) ? new Set() : new Set(orderedIds))),
    clear: () => setChecked(new Set()),
  };
}
