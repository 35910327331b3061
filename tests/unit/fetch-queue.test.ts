import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { backoffDelay, fetchInOrder } from '@/lib/zip/fetch-queue';
import { buildZip, ERRORS_FILE } from '@/lib/zip/build-zip';

/** A scripted server: each URL answers from its own list of responses, in turn. */
function scripted(script: Record<string, Array<() => Response>>) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchOne = async (url: string) => {
    calls.push(url);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight -= 1;
    const next = script[url]!.shift();
    if (!next) throw new Error(`no more answers for ${url}`);
    return next();
  };
  return { fetchOne, calls, maxInFlight: () => maxInFlight };
}

const ok = (body: string) => () => new Response(body);
const status = (code: number, headers: Record<string, string> = {}) => () => new Response('', { status: code, headers });
const drop = () => () => { throw new TypeError('Failed to fetch'); };
/** Headers and the first bytes arrive, then the connection breaks. */
const dropMidBody = (first: string) => () =>
  new Response(new ReadableStream({ start(controller) { controller.enqueue(new TextEncoder().encode(first)); controller.error(new TypeError('network error')); } }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('fetchInOrder', () => {
  it('keeps at most `concurrency` requests in flight and yields in input order', async () => {
    const urls = Array.from({ length: 8 }, (_, i) => `u${i}`);
    const server = scripted(Object.fromEntries(urls.map((u) => [u, [ok(u)]])));
    const outcomes = await collect(fetchInOrder(urls, server.fetchOne, { concurrency: 3 }));
    expect(outcomes.map((o) => o.item)).toEqual(urls);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(server.maxInFlight()).toBe(3);
  });

  it('retries 429, 5xx and dropped connections, honouring Retry-After', async () => {
    const sleeps: number[] = [];
    const server = scripted({
      a: [status(429, { 'Retry-After': '2' }), ok('a')],
      b: [status(503), drop(), ok('b')],
    });
    const outcomes = await collect(fetchInOrder(['a', 'b'], server.fetchOne, { sleep: async (ms) => { sleeps.push(ms); }, random: () => 0, baseDelayMs: 100 }));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect(server.calls.filter((c) => c === 'a')).toHaveLength(2);
    expect(server.calls.filter((c) => c === 'b')).toHaveLength(3);
    expect(sleeps).toContain(2000); // Retry-After: 2
    expect(sleeps).toEqual(expect.arrayContaining([50, 100])); // backoff 100·2^(n-1), half jittered
  });

  it('gives up on 404 at once and on transient failures after maxAttempts', async () => {
    const server = scripted({ gone: [status(404)], flaky: [status(500), status(500), status(500)] });
    const outcomes = await collect(fetchInOrder(['gone', 'flaky'], server.fetchOne, { maxAttempts: 3, sleep: async () => {} }));
    expect(outcomes).toEqual([
      { item: 'gone', ok: false, reason: 'HTTP 404' },
      { item: 'flaky', ok: false, reason: 'HTTP 500 (after 3 attempts)' },
    ]);
    expect(server.calls).toEqual(['gone', 'flaky', 'flaky', 'flaky']);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter and is capped', () => {
    const timing = { baseDelayMs: 500, maxDelayMs: 4000, random: () => 1 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, timing))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect(backoffDelay(1, { ...timing, random: () => 0 })).toBe(250);
    expect(backoffDelay(1, timing, 60_000)).toBe(4000);
  });
});

describe('buildZip', () => {
  it('streams every file into a valid ZIP with unique names and lists failures in _errors.txt', async () => {
    const server = scripted({ 'https://hq.test/1': [ok('one')], 'https://hq.test/2': [ok('two')], 'https://hq.test/3': [status(404)] });
    const progress: number[] = [];
    const response = buildZip(
      [{ name: 'a.txt', url: 'https://hq.test/1' }, { name: 'a.txt', url: 'https://hq.test/2' }, { name: '../gone.txt', url: 'https://hq.test/3' }],
      server.fetchOne,
      (p) => progress.push(p.done),
      { sleep: async () => {} },
    );
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(['_errors.txt', 'a (1).txt', 'a.txt']);
    expect(new TextDecoder().decode(entries['a.txt'])).toBe('one');
    expect(new TextDecoder().decode(entries['a (1).txt'])).toBe('two');
    expect(new TextDecoder().decode(entries[ERRORS_FILE])).toContain('gone.txt: HTTP 404');
    expect(progress).toEqual([1, 2, 3]);
  });

  it('has no _errors.txt when everything arrived', async () => {
    const server = scripted({ 'https://hq.test/1': [ok('one')] });
    const entries = unzipSync(new Uint8Array(await buildZip([{ name: 'x', url: 'https://hq.test/1' }], server.fetchOne).arrayBuffer()));
    expect(Object.keys(entries)).toEqual(['x']);
  });

  it('retries a file whose connection broke mid-body, so the archive holds it whole', async () => {
    const server = scripted({ 'https://hq.test/big': [dropMidBody('half'), ok('the whole file')] });
    const entries = unzipSync(new Uint8Array(await buildZip([{ name: 'big.txt', url: 'https://hq.test/big' }], server.fetchOne, () => {}, { sleep: async () => {} }).arrayBuffer()));
    expect(new TextDecoder().decode(entries['big.txt'])).toBe('the whole file');
    expect(entries[ERRORS_FILE]).toBeUndefined();
  });

  it('lists a file that keeps breaking mid-body, and one with an unusable address, and still completes', async () => {
    const server = scripted({
      'https://hq.test/ok': [ok('fine')],
      'https://hq.test/flaky': [dropMidBody('a'), dropMidBody('b'), dropMidBody('c'), dropMidBody('d')],
    });
    const progress: number[] = [];
    const response = buildZip(
      [{ name: 'ok.txt', url: 'https://hq.test/ok' }, { name: 'flaky.bin', url: 'https://hq.test/flaky' }, { name: 'weird.txt', url: 'http://[' }],
      server.fetchOne,
      (p) => progress.push(p.done),
      { sleep: async () => {} },
    );
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(['_errors.txt', 'ok.txt']);
    const errors = new TextDecoder().decode(entries[ERRORS_FILE]);
    expect(errors).toContain('flaky.bin: network error (after 4 attempts)');
    expect(errors).toContain('weird.txt: not a usable download address');
    expect(server.calls.filter((c) => c.endsWith('/flaky'))).toHaveLength(4);
    expect(progress.at(-1)).toBe(3);
  });
});
