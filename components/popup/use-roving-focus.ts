import { useEffect, useState, type MutableRef } from 'preact/hooks';

/**
 * One row of the list is in the tab order at a time (roving tabindex): the
 * arrow keys, Home and End move it, ↑ on the first row goes back to the
 * search box and ↓ in the search box enters the list. This is keyboard
 * focus only — the checked rows of a selection are another thing.
 */
export function useRovingFocus(rowCount: number, listRef: MutableRef<HTMLUListElement | null>, searchId: string) {
  const [focusedIndex, setFocusedIndex] = useState(0);

  // Keep focus inside the list when it shrinks (search, delete, refresh).
  useEffect(() => {
    if (focusedIndex >= rowCount) setFocusedIndex(Math.max(0, rowCount - 1));
  }, [rowCount]);

  function focusRow(index: number) {
    const clamped = Math.max(0, Math.min(index, rowCount - 1));
    setFocusedIndex(clamped);
    listRef.current?.querySelector<HTMLElement>(`[data-row-index="${clamped}"]`)?.focus();
  }

  function focusSearch() {
    document.getElementById(searchId)?.focus();
  }

  function onSearchKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && rowCount > 0) {
      event.preventDefault();
      focusRow(0);
    }
  }

  function onListKeyDown(event: KeyboardEvent) {
    if (!(event.target as HTMLElement).matches('.row-main')) return;
    const moves: Record<string, number> = { ArrowDown: focusedIndex + 1, ArrowUp: focusedIndex - 1, Home: 0, End: rowCount - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && focusedIndex === 0) focusSearch();
    else focusRow(moves[event.key]!);
  }

  return { focusedIndex, setFocusedIndex, focusRow, focusSearch, onSearchKeyDown, onListKeyDown };
}
