import { useEffect, useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { wordsOf, type ReplyError } from '@/lib/messaging/errors';
import type { PreviewContent } from '@/lib/model/preview-content';
import { artifactKind } from '@/lib/artifact-list/artifact-kind';
import { formatSize } from '@/lib/artifact-list/format';
import { sendMessage } from '@/lib/messaging/send-message';
import { t } from '@/lib/i18n/messages';
import { richText } from '@/components/shared/rich-text';
import { PREVIEW_CSP, PREVIEW_SANDBOX, sandboxedDocument } from '@/lib/preview/sandboxed-document';
import type { Table } from '@/lib/preview/parse-table';
import type { CodeToken } from '@/lib/preview/highlight-code';
import { ImagePreview } from './ImagePreview';
import { PdfPreview } from './PdfPreview';
import { TablePreview } from './TablePreview';
import './preview.css';
import './code-colours.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; error: ReplyError }
  | { state: 'ready'; content: PreviewContent; html?: string; table?: Table; code?: CodeToken[] };

/** Preview content, kept for the popup's lifetime (never written to disk). */
const previewMemory = new Map<string, PreviewContent>();

interface Props {
  artifact: HqArtifact;
  onDownload(artifact: HqArtifact): void;
}

export function PreviewBody({ artifact, onDownload }: Props) {
  // A sensitive artifact's preview stays hidden until asked for, per artifact.
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const revealed = !artifact.sensitive || revealedId === artifact.id;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const kind = artifactKind(artifact.content_type, artifact.name);
  const { sensitive } = artifact;
  const { preview, label, language } = kind;

  // Values, not objects: a refresh hands over a new artifact object, which must not load the preview again.
  useEffect(() => {
    if (!revealed) return;
    let current = true;
    setLoaded({ state: 'loading' });
    void (async () => {
      let content = previewMemory.get(artifact.id);
      if (!content) {
        const reply = await sendMessage('preview:artifact', { artifactId: artifact.id });
        if (!reply.ok) return current && setLoaded({ state: 'error', error: reply.error });
        content = reply.data;
        if (!sensitive) previewMemory.set(artifact.id, content);
      }
      let html: string | undefined;
      let table: Table | undefined;
      let code: CodeToken[] | undefined;
      // Parsers and highlighters load with the first preview that needs them, not with the popup.
      if (content.kind === 'text' && preview === 'table') {
        table = (await import('@/lib/preview/parse-table')).parseTable(content.text, { tabs: label === 'TSV' });
      } else if (content.kind === 'text' && preview === 'code') {
        code = (await import('@/lib/preview/highlight-code')).highlightCode(content.text, language);
      } else if (content.kind === 'text' && preview === 'markdown') {
        const { renderMarkdown, MARKDOWN_CSS } = await import('@/lib/preview/render-markdown');
        html = sandboxedDocument(renderMarkdown(content.text), MARKDOWN_CSS);
      } else if (content.kind === 'text' && preview === 'html') {
        html = sandboxedDocument(content.text);
      }
      if (current)
        setLoaded({
          state: 'ready',
          content,
          ...(html !== undefined ? { html } : {}),
          ...(table ? { table } : {}),
          ...(code ? { code } : {}),
        });
    })();
    return () => {
      current = false;
    };
  }, [artifact.id, revealed, sensitive, preview, label, language]);

  const downloadButton = (
    <button type="button" class="button primary" onClick={() => onDownload(artifact)}>
      {richText('preview_downloadNamed', <bdi>{artifact.name}</bdi>)}
    </button>
  );

  if (!revealed) {
    return (
      <div class="preview-message">
        <p>{richText('preview_sensitiveNotice', <strong>{t('preview_sensitiveWord')}</strong>)}</p>
        <button type="button" class="button" onClick={() => setRevealedId(artifact.id)}>
          {t('preview_showButton')}
        </button>
      </div>
    );
  }
  if (loaded.state === 'loading')
    return (
      <div class="preview-message" aria-busy="true">
        <p>{t('preview_loading')}</p>
      </div>
    );
  if (loaded.state === 'error') {
    return (
      <div class="preview-message">
        <p role="alert" class="notice error">
          {wordsOf(loaded.error)}
        </p>
      </div>
    );
  }

  const { content, html, table, code } = loaded;
  switch (content.kind) {
    case 'image':
      return <ImagePreview dataUrl={content.dataUrl} alt={artifact.caption ?? artifact.name} />;
    case 'pdf':
      return <PdfPreview base64={content.base64} name={artifact.name} />;
    case 'too-large':
      return (
        <div class="preview-message">
          <p>
            {richText(
              'preview_tooLarge',
              <bdi>{artifact.name}</bdi>,
              formatSize(artifact.size_bytes),
              formatSize(content.limit),
            )}
          </p>
          {downloadButton}
        </div>
      );
    case 'none':
      return (
        <div class="preview-message">
          <p>{t('preview_noPreview', kind.label)}</p>
          {downloadButton}
        </div>
      );
    case 'text':
      if (table) return <TablePreview table={table} name={artifact.name} />;
      if (kind.preview === 'html' || kind.preview === 'markdown') {
        return (
          <iframe
            class="preview-frame"
            title={t('preview_frameTitle', artifact.name)}
            sandbox={PREVIEW_SANDBOX}
            // @ts-expect-error `csp` (embedded enforcement) is not in Preact's types yet.
            csp={PREVIEW_CSP}
            referrerpolicy="no-referrer"
            srcdoc={html}
            tabIndex={-1}
          />
        );
      }
      if (code) {
        return (
          // Code reads left to right in every language.
          <pre class="preview-code" dir="ltr" tabIndex={0}>
            <code>
              {code.map((token, i) =>
                token.kinds.length ? (
                  <span key={i} class={token.kinds.map((kind) => `tok-${kind}`).join(' ')}>
                    {token.text}
                  </span>
                ) : (
                  token.text
                ),
              )}
            </code>
          </pre>
        );
      }
      return (
        <pre class="preview-text" dir="auto" tabIndex={0}>
          {content.text}
        </pre>
      );
  }
}
