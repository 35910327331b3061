// Streams a download's bytes, honouring injected faults: a redirect to
// object storage on another origin, or a connection cut mid-body.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ServerState } from './context';

const CHUNK_BYTES = 64 * 1024;

// Chunked through a stream (not one res.end(bytes)) so clients see a real
// streamed body and backpressure, as with HQ's object-storage downloads.
function* chunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, offset + CHUNK_BYTES);
}

/** Where this download lives in the stand-in object storage (served by routes-storage.ts). */
export function storagePath(kind: 'artifacts' | 'conversations', id: string): string {
  return `/storage/${kind}/${id}?signature=presigned-${id}`;
}

/** 302 to object storage when faults say so; true when it redirected. */
export function redirectToStorage(
  res: ServerResponse,
  state: ServerState,
  kind: 'artifacts' | 'conversations',
  id: string,
): boolean {
  const origin = state.faults.storageOrigin;
  if (!origin) return false;
  res.writeHead(302, { Location: `${origin}${storagePath(kind, id)}`, 'Cache-Control': 'no-store' });
  res.end();
  return true;
}

export async function sendBytes(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  bytes: Uint8Array,
  headers: Record<string, string | number>,
): Promise<void> {
  res.writeHead(200, { ...headers, 'Content-Length': bytes.length });
  const cutAfter = state.faults.takeCut(req.method ?? 'GET', req.url ?? '', bytes.length);
  if (cutAfter !== undefined) {
    res.write(bytes.subarray(0, cutAfter));
    // Let the first bytes leave before the connection dies, as on a real network.
    setTimeout(() => req.socket.destroy(), 50);
    return;
  }
  await pipeline(Readable.from(chunks(bytes)), res);
}
