// GET /v1/api/conversations/{id}/artifacts/download (an ASSUMED path): every
// artifact of the conversation as one streamed ZIP with safe, unique names.
import type { ServerResponse } from 'node:http';
import { makeZip, predictLength } from 'client-zip';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { artifactsOf, findConversation } from './demo-data';
import type { ApiContext, ApiRoute, ServerState } from './context';
import { contentDisposition, dedupeNames, safeEntryName } from './filenames';
import { sendError } from './http-util';
import { redirectToStorage } from './send-bytes';

/** Streams the conversation's ZIP; false when there is nothing to zip (HQ does not tell "unknown" from "empty"). */
export async function sendConversationZip(
  res: ServerResponse,
  state: ServerState,
  conversationId: string,
): Promise<boolean> {
  const conversation = findConversation(state.data, conversationId.toLowerCase());
  const artifacts = conversation ? artifactsOf(state.data, conversation.id) : [];
  if (!conversation || artifacts.length === 0) return false;

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
    'Content-Length': String(
      predictLength(files.map(({ name, lastModified, size }) => ({ name, lastModified, size }))),
    ),
    'Content-Disposition': contentDisposition(archiveName),
    'Cache-Control': 'private, no-store',
  });
  // client-zip yields a DOM ReadableStream; Node's fromWeb wants its own (identical at runtime) type.
  await pipeline(Readable.fromWeb(makeZip(files) as unknown as NodeWebStream<Uint8Array>), res);
  return true;
}

async function downloadZip({ res, state, params }: ApiContext): Promise<void> {
  const conversation = findConversation(state.data, (params[0] ?? '').toLowerCase());
  if (!conversation || artifactsOf(state.data, conversation.id).length === 0)
    return sendError(res, 404, 'conversation has no artifacts');
  if (redirectToStorage(res, state, 'conversations', conversation.id)) return;
  await sendConversationZip(res, state, conversation.id);
}

export const zipRoutes: readonly ApiRoute[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/api\/conversations\/([^/]+)\/artifacts\/download$/,
    scope: 'conversations:read',
    handle: downloadZip,
  },
];
