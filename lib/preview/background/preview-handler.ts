import { artifactKind } from '@/lib/artifact-list/artifact-kind';
import { findCachedArtifact } from '@/lib/list-store/list-cache';
import { requireSession } from '@/lib/connection/background/session';
import { ProtocolError } from '@/lib/messaging/errors';
import { t } from '@/lib/i18n/messages';
import type { Handler } from '@/lib/messaging/background/router';

const IMAGE_TYPES: Record<string, string> = {
  PNG: 'image/png',
  JPG: 'image/jpeg',
  GIF: 'image/gif',
  SVG: 'image/svg+xml',
  WEBP: 'image/webp',
};

/** Largest artifact the popup previews; bigger ones get "download instead". Binary kinds travel as base64 (messages are JSON). */
const PREVIEW_LIMITS = { image: 8 * 1024 * 1024, pdf: 8 * 1024 * 1024, text: 1024 * 1024 } as const;

export const previewArtifact: Handler<'preview:artifact'> = {
  allow: ['extension-page'],
  async handle({ artifactId }) {
    const { client, account } = await requireSession();
    const artifact = await findCachedArtifact(account, artifactId);
    if (!artifact) throw new ProtocolError({ kind: 'invalid', message: t('preview_artifactGone') });
    const kind = artifactKind(artifact.content_type, artifact.name);
    if (kind.preview === 'none') return { kind: 'none' as const };
    const limit =
      kind.preview === 'image' || kind.preview === 'pdf' ? PREVIEW_LIMITS[kind.preview] : PREVIEW_LIMITS.text;
    if (artifact.size_bytes > limit) return { kind: 'too-large' as const, limit };
    const bytes = await client.fetchBytes(client.artifactDownloadUrl(artifactId, artifact.download_url), limit);
    if (!bytes) return { kind: 'too-large' as const, limit };
    if (kind.preview === 'image') {
      // Messages are JSON: images travel as data URLs. SVG is shown only via <img>, where it runs no script.
      // The type comes from the detected kind: <img> will not draw SVG sent as octet-stream.
      const type = IMAGE_TYPES[kind.label] ?? 'application/octet-stream';
      return { kind: 'image' as const, dataUrl: `data:${type};base64,${toBase64(bytes)}` };
    }
    // The popup renders it with pdf.js (no scripting, no eval), never with the browser's viewer.
    if (kind.preview === 'pdf') return { kind: 'pdf' as const, base64: toBase64(bytes) };
    return { kind: 'text' as const, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
  },
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
