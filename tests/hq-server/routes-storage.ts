// /storage/{artifacts|conversations}/{id}?signature=…: the stand-in object
// storage that downloads redirect to (faults.redirectDownloadsTo). Presigned:
// it needs no token — and the request log shows whether one arrived anyway.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerState } from './context';
import { contentDisposition } from './filenames';
import { sendError } from './http-util';
import { sendBytes } from './send-bytes';
import { sendConversationZip } from './routes-zip';

export async function handleStorage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: ServerState,
): Promise<void> {
  const match = /^\/storage\/(artifacts|conversations)\/([\w-]+)$/.exec(url.pathname);
  const id = match?.[2] ?? '';
  if (!match || url.searchParams.get('signature') !== `presigned-${id}`) return sendError(res, 403, 'bad signature');
  if (match[1] === 'conversations') {
    if (!(await sendConversationZip(res, state, id))) sendError(res, 404, 'no such object');
    return;
  }
  const artifact = state.data.artifacts.find((a) => a.id === id);
  if (!artifact) return sendError(res, 404, 'no such object');
  await sendBytes(req, res, state, artifact.bytes, {
    'Content-Type': artifact.content_type,
    'Content-Disposition': contentDisposition(artifact.name),
  });
}
