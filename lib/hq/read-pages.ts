/*
 * Reading a list HQ may page, whichever way it pages it (hq-api.md: the
 * docs allow one answer with everything, pages of `page_size`, or
 * `page_size` honoured with `page` ignored). Pure: the caller fetches.
 */

export interface FetchedPage<T> {
  /** The rows that could be read. */
  rows: readonly T[];
  /** How many rows HQ sent, readable or not: whether a page was full is HQ's count, not ours. */
  received: number;
}

export interface PagedList<T> {
  /** Every row read, each once, in HQ's order. */
  rows: T[];
  /**
   * HQ may hold rows that could not be reached: a full page came back with
   * nothing new (HQ ignores `page`), or the page limit was hit.
   */
  mayHaveMore: boolean;
  /** How many pages were asked for: the requests the read took. */
  pages: number;
}

/** A runaway server must not keep a reader asking for ever: 1,000 pages of 100 is far beyond any conversation. */
const MAX_PAGES = 1000;

/**
 * Reads page 1, 2, … while a page comes back full. Stops on a short or
 * empty page (the end), on a page longer than asked for (HQ ignored
 * `page_size` and sent everything), or on a page that brings no row not
 * already read (HQ ignored `page`: asking further would loop). With
 * `expected` (HQ's own count), a short page that brought new rows is not
 * taken for the end while fewer than that were read: HQ may cap pages below
 * the size asked for. A failed page fails the whole read: a part is never
 * passed off as the list.
 */
export async function readAllPages<T>(
  fetchPage: (page: number) => Promise<FetchedPage<T>>,
  idOf: (row: T) => string,
  pageSize: number,
  options: { expected?: number | null; maxPages?: number } = {},
): Promise<PagedList<T>> {
  const { expected = null, maxPages = MAX_PAGES } = options;
  const byId = new Map<string, T>();
  for (let page = 1; ; page++) {
    const { rows, received } = await fetchPage(page);
    const before = byId.size;
    for (const row of rows) if (!byId.has(idOf(row))) byId.set(idOf(row), row);
    const brought = byId.size - before;
    const done = (mayHaveMore: boolean): PagedList<T> => ({ rows: [...byId.values()], mayHaveMore, pages: page });
    if (received > pageSize) return done(false);
    const wanting = expected !== null && byId.size < expected;
    if (received < pageSize && !(wanting && brought > 0)) return done(false);
    // A page of rows already read: HQ ignores `page`, and asking on would bring the same again.
    if (brought === 0) return done(true);
    if (page >= maxPages) return done(true);
  }
}
