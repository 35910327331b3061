import { useEffect, useState } from 'preact/hooks';
import { useMediaQuery } from './use-media-query';

/** From this width the tab view shows the list and a preview pane side by side. */
const SIDE_BY_SIDE = '(min-width: 900px)';

interface RowFocus {
  focusedIndex: number;
  setFocusedIndex(index: number): void;
  focusRow(index: number): void;
}

/**
 * Which artifact is previewed, and where: in a dialog over the list, or — in
 * a tab wide enough — in a pane beside it. Chosen by id, not index: a refresh
 * or a delete must not swap the file under the person's eyes.
 */
export function usePreviewChoice(ids: readonly string[], focus: RowFocus, inTab: boolean) {
  const [previewId, setPreviewId] = useState<string | null>(null);
  const sideBySide = useMediaQuery(SIDE_BY_SIDE) && inTab;
  const { focusedIndex } = focus;

  // Side by side, the pane follows the keyboard once something is open in it.
  useEffect(() => {
    if (sideBySide && previewId !== null && ids[focusedIndex]) setPreviewId(ids[focusedIndex]!);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a move of the focus moves the pane: new ids (a refresh, a search), opening or closing the preview, or a resize must not swap the file shown
  }, [focusedIndex]);

  return {
    previewId,
    /** Where the previewed artifact is among `ids`; -1 when none is, or it is no longer listed. */
    index: previewId === null ? -1 : ids.indexOf(previewId),
    sideBySide,
    /** A row's button: preview it, and keep the focus on it. */
    open(index: number) {
      focus.setFocusedIndex(index);
      setPreviewId(ids[index] ?? null);
    },
    /** The dialog's Previous and Next (← →): the focus moves along. */
    move(index: number) {
      setPreviewId(ids[index] ?? null);
      focus.setFocusedIndex(index);
    },
    /** The dialog closed: focus goes back to the row. */
    close() {
      setPreviewId(null);
      requestAnimationFrame(() => focus.focusRow(focus.focusedIndex));
    },
    /** A deleted artifact is no longer previewed. */
    forget(id: string) {
      if (previewId === id) setPreviewId(null);
    },
  };
}
