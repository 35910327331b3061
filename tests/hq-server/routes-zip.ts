// GET /v1/api/conversations/{id}/artifacts/download (an ASSUMED path): every
// artifact of the conversation as one streamed ZIP with safe, unique names.
import { makeZip, predictLength } from 'client-zip';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { artifactsOf, findConversation } from './demo-data';
import type { ApiContext, ApiRoute } from './context';
import { contentDisposition, dedupeNames, safeEntryName } from './filenames';
import { sendError } from './http-util';

async function downloadZip({ res, state, params }: ApiContext): Promise<void> {
  const conversation = findConversation(state.data, (params[0] ?? '').toLowerCase());
  const artifacts = conversation ? artifactsOf(state.data, conversation.id) : [];
  // HQ does not tell "unknown" from "empty" here.
  if (!conversation || artifacts.length === 0) return sendError(res, 404, 'conversation has no artifacts');

  const names = dedupeNames(artifacts.map((a) => safeEntryName(a.name)));
  const files = artifacts.map((a, i) => ({
    name: names[i] ?? a.id,
    lastModified: new Date(a.created_at),
    size: a.bytes.length,
    input: a.bytes,
  }));
  const archiveName = `${safeEntryName(conversation.title ?? `conversation-${conversation.id}`)}.zip`;
  res.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Length': String(predictLength(files.map(({ name, lastModified, size }) => ({ name, lastModified, size })))),
    'Content-Disposition': contentDisposition(archiveName),
    'Cache-Control': 'private, no-store',
  });
  // client-zip yields a DOM ReadableStream; Node's fromWeb wants its own (identical at runtime) type.
  await pipeline(Readable.fromWeb(makeZip(files) as unknown as NodeWebStream<Uint8Array>), res);
}

export const zipRoutes: readonly ApiRoute[] = [
  { method: 'GET', pattern: /^\/v1\/api\/conversations\/([^/]+)\/artifacts\/download$/, scope: 'conversations:read', handle: downloadZip },
];
