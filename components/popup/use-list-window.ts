import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { rowOffsets, scrollToReveal, windowRange } from '@/lib/artifact-list/list-window';

/** From this many rows only those in view are rendered (the whole workspace can be 10,000). */
const WINDOW_FROM = 1000;
/** Row heights in a windowed list, enforced by rows.css (.windowed .row). */
const ROW_HEIGHT = { plain: 54, captioned: 72 };

export type ListWindow = ReturnType<typeof useListWindow>;

/**
 * Which rows are in the document. A long list is windowed — only the rows in
 * view, with spacers standing in for the rest — and follows its scrolling; a
 * shorter one renders its first `renderLimit` rows.
 */
export function useListWindow(rows: readonly HqArtifact[], renderLimit: number) {
  const listRef = useRef<HTMLUListElement>(null);
  const windowed = rows.length >= WINDOW_FROM;
  const offsets = useMemo(
    () => (windowed ? rowOffsets(rows.map((a) => (a.caption ? ROW_HEIGHT.captioned : ROW_HEIGHT.plain))) : []),
    [rows, windowed],
  );
  const [viewport, setViewport] = useState({ top: 0, height: 600 });

  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const measure = () => setViewport({ top: list.scrollTop, height: list.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [windowed]);

  const range = windowed
    ? windowRange(offsets, viewport.top, viewport.height)
    : { start: 0, end: Math.min(renderLimit, rows.length) };

  /** Scrolls a windowed list so the row is rendered; true when it had to (focus then follows a frame later). */
  function reveal(index: number): boolean {
    const list = listRef.current;
    if (!windowed || !list) return false;
    const top = scrollToReveal(offsets, index, list.scrollTop, list.clientHeight);
    if (top === null) return false;
    list.scrollTop = top;
    setViewport({ top, height: list.clientHeight });
    return true;
  }

  const onScroll = windowed
    ? (event: JSX.TargetedEvent<HTMLUListElement>) =>
        setViewport({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })
    : undefined;

  return { listRef, windowed, offsets, range, reveal, onScroll };
}
