import { inlineStep } from '@/lib/i18n/inline-step';
import { useEffect, useState, type MutableRef } from 'preact/hooks';

/** What the list's keys do to the row that has focus. */
export interface RowKeyActions {
  toggleSelected(index: number, extendRange: boolean): void;
  remove(index: number): void;
  selectAll(): void;
}

/**
 * The list is one Tab stop (roving tabindex): ↑ ↓ Home End move between rows,
 * ← → between a row's own controls (its link and buttons, none of which is a
 * Tab stop; swapped in a right-to-left page, where the row is mirrored), ↑ on
 * the first row goes back to the search box and ↓ in the search box enters
 * the list. Enter opens (the row's button), Space selects, Delete deletes
 * (with confirmation), Ctrl/Cmd+A selects every listed row.
 */
export function useRovingFocus(
  rowCount: number,
  listRef: MutableRef<HTMLUListElement | null>,
  searchId: string,
  actions: RowKeyActions,
  /** For a windowed list: scrolls a row into the document; focus follows once it is rendered. */
  reveal?: (index: number) => boolean,
) {
  const [focusedIndex, setFocusedIndex] = useState(0);

  // Keep focus inside the list when it shrinks (search, delete, refresh).
  useEffect(() => setFocusedIndex((index) => (index >= rowCount ? Math.max(0, rowCount - 1) : index)), [rowCount]);

  function focusRow(index: number) {
    const clamped = Math.max(0, Math.min(index, rowCount - 1));
    setFocusedIndex(clamped);
    const focus = () => listRef.current?.querySelector<HTMLElement>(`[data-row-index="${clamped}"]`)?.focus();
    if (reveal?.(clamped)) requestAnimationFrame(focus);
    else focus();
  }

  function focusSearch() {
    document.getElementById(searchId)?.focus();
  }

  /** Row `index` is leaving the list (a delete): its neighbour takes the focus, or the search box when none is left. */
  function focusAfterRemoval(index: number) {
    const remaining = rowCount - 1;
    requestAnimationFrame(() => (remaining > 0 ? focusRow(Math.min(index, remaining - 1)) : focusSearch()));
  }

  function onSearchKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && rowCount > 0) {
      event.preventDefault();
      focusRow(0);
    }
  }

  /** Along the row: its main button first, then its link and actions. */
  function moveWithinRow(target: HTMLElement, step: number): void {
    const controls = [...(target.closest('li')?.querySelectorAll<HTMLElement>('[data-row-control]') ?? [])];
    controls[controls.indexOf(target) + step]?.focus();
  }

  function onListKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (!target.matches('[data-row-control]')) return;
    const onMain = target.matches('[data-row-index]');
    const key = event.key;
    if ((key === 'a' || key === 'A') && (event.ctrlKey || event.metaKey) && !event.altKey) {
      actions.selectAll();
    } else if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End') {
      if (key === 'ArrowUp' && focusedIndex === 0 && onMain) focusSearch();
      else focusRow({ ArrowDown: focusedIndex + 1, ArrowUp: focusedIndex - 1, Home: 0, End: rowCount - 1 }[key]);
    } else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      moveWithinRow(target, inlineStep(key, document.documentElement.dir));
    } else if (key === ' ' && onMain) {
      actions.toggleSelected(focusedIndex, event.shiftKey);
    } else if (key === 'Delete' && !event.shiftKey) {
      actions.remove(focusedIndex);
    } else {
      return;
    }
    event.preventDefault();
  }

  return { focusedIndex, setFocusedIndex, focusRow, focusSearch, focusAfterRemoval, onSearchKeyDown, onListKeyDown };
}
