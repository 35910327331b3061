// GET /v1/api/artifacts/{id}/download: the artifact's bytes, streamed.
import type { ApiContext, ApiRoute } from './context';
import { contentDisposition } from './filenames';
import { sendError } from './http-util';
import { redirectToStorage, sendBytes } from './send-bytes';

async function download({ req, res, state, params }: ApiContext): Promise<void> {
  const artifact = state.data.artifacts.find((a) => a.id === (params[0] ?? '').toLowerCase());
  if (!artifact) return sendError(res, 404, 'artifact not found');
  if (redirectToStorage(res, state, 'artifacts', artifact.id)) return;
  await sendBytes(req, res, state, artifact.bytes, {
    'Content-Type': artifact.content_type,
    'Content-Disposition': contentDisposition(artifact.name),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}

export const downloadRoutes: readonly ApiRoute[] = [
  // No scope: any valid token of the workspace may fetch bytes.
  { method: 'GET', pattern: /^\/v1\/api\/artifacts\/([^/]+)\/download$/, scope: null, handle: download },
];
