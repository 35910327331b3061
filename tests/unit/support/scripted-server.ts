/** A scripted server for the ZIP's fetches: each URL answers from its own list of responses, in turn. */
export function scripted(script: Record<string, Array<(fromByte: number) => Response>>) {
  const calls: Array<{ url: string; fromByte: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchFrom = async (url: string, fromByte: number) => {
    calls.push({ url, fromByte });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight -= 1;
    const next = script[url]!.shift();
    if (!next) throw new Error(`no more answers for ${url}`);
    return next(fromByte);
  };
  return { fetchFrom, calls, urls: () => calls.map((c) => c.url), maxInFlight: () => maxInFlight };
}

export const ok = (body: string | Uint8Array<ArrayBuffer>) => () => new Response(body);
export const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    new Response('', { status: code, headers });
export const drop = () => () => {
  throw new TypeError('Failed to fetch');
};
/** A body whose first bytes arrive, and then the connection breaks. */
export function cutAfter(first: string): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new TypeError('network error'));
      controller.enqueue(new TextEncoder().encode(first));
      sent = true;
    },
  });
}

/** Headers and the first bytes arrive, then the connection breaks. */
export const dropMidBody = (first: string) => () => new Response(cutAfter(first));
/** A server that honours Range: the rest of `body` from the asked byte on, as 206. */
export const ranged = (body: string) => (fromByte: number) =>
  fromByte > 0
    ? new Response(body.slice(fromByte), {
        status: 206,
        headers: { 'Content-Range': `bytes ${fromByte}-${body.length - 1}/${body.length}` },
      })
    : new Response(body);

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

export const noSleep = { sleep: async () => {} };
