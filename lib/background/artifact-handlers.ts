import { HqError } from '../hq/hq-errors';
import { artifactKind } from '../artifacts/artifact-kind';
import { sanitizeFileName } from '../artifacts/file-name';
import { connectedClient } from './connection-handlers';
import { downloadWithToken } from './download-file';
import { findCachedArtifact, forgetCachedArtifact, refreshWorkspaceList } from './artifact-list';
import { ProtocolError, type Handler } from './message-router';

export const refreshArtifacts: Handler<'artifacts:refresh'> = {
  allow: ['extension-page'],
  async handle() {
    const { client, state } = await connectedClient();
    return refreshWorkspaceList(client, state.account!);
  },
};

export const downloadArtifact: Handler<'artifacts:download'> = {
  allow: ['extension-page', 'content-script'],
  handle: ({ artifactId, name }) => downloadArtifactById(artifactId, name),
};

/** Saves one artifact through the downloads manager, named from HQ's list when known. */
export async function downloadArtifactById(artifactId: string, fallbackName?: string): Promise<{ fileName: string }> {
  const { client, state } = await connectedClient();
  const known = await findCachedArtifact(state.account!, artifactId);
  const fileName = sanitizeFileName(known?.name ?? fallbackName ?? '', 'artifact');
  const url = client.artifactDownloadUrl(artifactId, known?.download_url);
  try {
    await downloadWithToken(url, fileName, client.authorizationHeader());
  } catch (error) {
    if (error instanceof HqError && error.kind === 'not_found') await forgetCachedArtifact(state.account!, artifactId);
    throw error;
  }
  return { fileName };
}

export const deleteArtifact: Handler<'artifacts:delete'> = {
  allow: ['extension-page'],
  async handle({ artifactId }) {
    const { client, state } = await connectedClient();
    let alreadyGone = false;
    try {
      await client.deleteArtifact(artifactId);
    } catch (error) {
      // 404: someone deleted it already. Either way it is gone on the server.
      if (!(error instanceof HqError && error.kind === 'not_found')) throw error;
      alreadyGone = true;
    }
    const artifacts = await forgetCachedArtifact(state.account!, artifactId);
    return { alreadyGone, remaining: artifacts.length };
  },
};

const IMAGE_TYPES: Record<string, string> = { PNG: 'image/png', JPG: 'image/jpeg', GIF: 'image/gif', SVG: 'image/svg+xml', WEBP: 'image/webp' };

/** Largest artifact the popup previews; bigger ones get "download instead". */
export const PREVIEW_LIMITS = { image: 8 * 1024 * 1024, text: 1024 * 1024 } as const;

export const previewArtifact: Handler<'artifacts:preview'> = {
  allow: ['extension-page'],
  async handle({ artifactId }) {
    const { client, state } = await connectedClient();
    const artifact = await findCachedArtifact(state.account!, artifactId);
    if (!artifact) throw new ProtocolError({ kind: 'invalid', message: 'That artifact is not in the list any more. Refresh and try again.' });
    const kind = artifactKind(artifact.content_type, artifact.name);
    if (kind.preview === 'none') return { kind: 'none' as const };
    const limit = kind.preview === 'image' ? PREVIEW_LIMITS.image : PREVIEW_LIMITS.text;
    if (artifact.size_bytes > limit) return { kind: 'too-large' as const, limit };
    const bytes = await client.fetchBytes(client.artifactDownloadUrl(artifactId, artifact.download_url), limit);
    if (!bytes) return { kind: 'too-large' as const, limit };
    if (kind.preview === 'image') {
      // Messages are JSON: images travel as data URLs. SVG is shown only via <img>, where it runs no script.
      // The type comes from the detected kind: <img> will not draw SVG sent as octet-stream.
      const type = IMAGE_TYPES[kind.label] ?? 'application/octet-stream';
      return { kind: 'image' as const, dataUrl: `data:${type};base64,${toBase64(bytes)}` };
    }
    return { kind: 'text' as const, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
  },
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
