import { describe, expect, it } from 'vitest';
import { readAllPages, type FetchedPage } from '@/lib/hq/read-pages';

// The paging reader against each way HQ's docs allow a list to page (hq-api.md, "List one conversation").

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}` }));
type Row = { id: string };

/** A list of `total` rows served the way `paging` says; records the pages asked for. */
function server(total: number, paging: 'pages' | 'ignored' | 'page-size-only', pageSize = 10) {
  const all = rows(total);
  const asked: number[] = [];
  const fetchPage = async (page: number): Promise<FetchedPage<Row>> => {
    asked.push(page);
    const shown =
      paging === 'ignored'
        ? all
        : all.slice(((paging === 'pages' ? page : 1) - 1) * pageSize, (paging === 'pages' ? page : 1) * pageSize);
    return { rows: shown, received: shown.length };
  };
  return { fetchPage, asked };
}

const read = (fetchPage: (page: number) => Promise<FetchedPage<Row>>, pageSize = 10) =>
  readAllPages(fetchPage, (r) => r.id, pageSize);
const ids = (list: Row[]) => list.map((r) => r.id);

describe('reading every page of a list', () => {
  it('follows pages while they come back full, and stops on the short one', async () => {
    const hq = server(25, 'pages');
    const list = await read(hq.fetchPage);
    expect(ids(list.rows)).toEqual(ids(rows(25)));
    expect(list.mayHaveMore).toBe(false);
    expect(hq.asked).toEqual([1, 2, 3]);
  });

  it('asks once more after an exactly full last page, and stops on the empty one', async () => {
    const hq = server(20, 'pages');
    const list = await read(hq.fetchPage);
    expect(list.rows).toHaveLength(20);
    expect(list.mayHaveMore).toBe(false);
    expect(hq.asked).toEqual([1, 2, 3]);
  });

  it('takes one answer with everything (page and page_size ignored) in one request', async () => {
    const hq = server(60, 'ignored');
    const list = await read(hq.fetchPage);
    expect(ids(list.rows)).toEqual(ids(rows(60)));
    expect(list.mayHaveMore).toBe(false);
    expect(hq.asked).toEqual([1]);
  });

  it('stops when page is ignored (the same rows again), without duplicates, and says more may be out of reach', async () => {
    const hq = server(60, 'page-size-only');
    const list = await read(hq.fetchPage);
    expect(ids(list.rows)).toEqual(ids(rows(10)));
    expect(list.mayHaveMore).toBe(true);
    expect(hq.asked).toEqual([1, 2]);
  });

  it('keeps each row once when pages overlap, and goes on while a page brings something new', async () => {
    // Page 2 starts five rows back (the list moved between requests): full, five of them new.
    const pages: Record<number, Row[]> = { 1: rows(10), 2: rows(15).slice(5), 3: rows(17).slice(15) };
    const list = await read(async (page) => ({ rows: pages[page] ?? [], received: pages[page]?.length ?? 0 }));
    expect(ids(list.rows)).toEqual(ids(rows(17)));
    expect(list.mayHaveMore).toBe(false);
  });

  it('counts a page as full by the rows HQ sent, readable or not', async () => {
    // Page 1 had one unreadable row: 9 read of 10 sent, so page 2 is still asked for.
    const pages: Record<number, FetchedPage<Row>> = {
      1: { rows: rows(9), received: 10 },
      2: { rows: rows(13).slice(10), received: 3 },
    };
    const list = await read(async (page) => pages[page] ?? { rows: [], received: 0 });
    expect(list.rows).toHaveLength(12);
  });

  it('an empty first page is an empty list', async () => {
    const list = await read(async () => ({ rows: [], received: 0 }));
    expect(list).toEqual({ rows: [], mayHaveMore: false, pages: 1 });
  });

  it('fails the whole read when page 3 fails: a part is never passed off as the list', async () => {
    const hq = server(45, 'pages');
    const failing = async (page: number) => {
      if (page === 3) throw new Error('HQ answered 503');
      return hq.fetchPage(page);
    };
    await expect(read(failing)).rejects.toThrow('503');
  });

  it('gives up at the page limit rather than asking for ever, and says it may not have everything', async () => {
    let next = 0;
    const endless = async () => {
      const page = Array.from({ length: 10 }, () => ({ id: `r${++next}` }));
      return { rows: page, received: page.length };
    };
    const list = await readAllPages(endless, (r) => r.id, 10, { maxPages: 5 });
    expect(list.rows).toHaveLength(50);
    expect(list.mayHaveMore).toBe(true);
  });

  it('with HQ’s count, goes past a short page that brought new rows (HQ capping pages below the size asked), until the count is met', async () => {
    const all = rows(60);
    const asked: number[] = [];
    const capped = async (page: number) => {
      asked.push(page);
      const shown = all.slice((page - 1) * 25, page * 25);
      return { rows: shown, received: shown.length };
    };
    const list = await readAllPages(capped, (r) => r.id, 100, { expected: 60 });
    expect(ids(list.rows)).toEqual(ids(all));
    expect(asked).toEqual([1, 2, 3]);
    // Without the count, a short first page is the end: one request.
    expect((await readAllPages(capped, (r) => r.id, 100)).rows).toHaveLength(25);
  });

  it('with a count HQ cannot meet, stops at the first page with nothing new instead of asking for ever', async () => {
    const hq = server(30, 'ignored');
    const list = await readAllPages(hq.fetchPage, (r) => r.id, 100, { expected: 31 });
    expect(list.rows).toHaveLength(30);
    expect(hq.asked).toEqual([1, 2]);
  });
});
