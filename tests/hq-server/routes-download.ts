// GET /v1/api/artifacts/{id}/download: the artifact's bytes, streamed.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApiContext, ApiRoute } from './context';
import { contentDisposition } from './filenames';
import { sendError } from './http-util';

const CHUNK_BYTES = 64 * 1024;

// Chunked through a stream (not one res.end(bytes)) so clients see a real
// streamed body and backpressure, as with HQ's object-storage downloads.
function* chunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, offset + CHUNK_BYTES);
}

async function download({ res, state, params }: ApiContext): Promise<void> {
  const artifact = state.data.artifacts.find((a) => a.id === (params[0] ?? '').toLowerCase());
  if (!artifact) return sendError(res, 404, 'artifact not found');
  res.writeHead(200, {
    'Content-Type': artifact.content_type,
    'Content-Length': artifact.bytes.length,
    'Content-Disposition': contentDisposition(artifact.name),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  await pipeline(Readable.from(chunks(artifact.bytes)), res);
}

export const downloadRoutes: readonly ApiRoute[] = [
  // No scope: any valid token of the workspace may fetch bytes.
  { method: 'GET', pattern: /^\/v1\/api\/artifacts\/([^/]+)\/download$/, scope: null, handle: download },
];
