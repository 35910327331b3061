import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

const FIRST_PAINT_ROWS = 12;

/**
 * Paints a screenful first and the rest right after: the popup must feel
 * instant with 500 rows. Returns how many rows to render now — the first
 * screenful, then (50 ms after the list arrived) all of them.
 */
export function useFirstPaint(listArrived: boolean, hasRows: boolean): number {
  const [renderLimit, setRenderLimit] = useState(FIRST_PAINT_ROWS);

  useEffect(() => {
    if (!listArrived) return;
    const timer = setTimeout(() => setRenderLimit(Infinity), 50);
    return () => clearTimeout(timer);
  }, [listArrived]);

  // `npm run bench` measures time to the first rows in the document from this mark.
  useLayoutEffect(() => {
    if (hasRows && performance.getEntriesByName('hq:first-rows').length === 0) performance.mark('hq:first-rows');
  }, [hasRows]);

  return renderLimit;
}
