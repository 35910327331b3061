import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t } from '@/lib/i18n/messages';
import './preview.css';

interface Props {
  base64: string;
  name: string;
}

type State = { state: 'rendering' } | { state: 'ready'; pageCount: number; shown: number } | { state: 'failed' };

/** The first pages of a PDF, drawn by pdf.js (loaded only now) onto canvases. */
export function PdfPreview({ base64, name }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState<State>({ state: 'rendering' });

  useEffect(() => {
    let current = true;
    const pages = pagesRef.current!;
    void (async () => {
      try {
        const { renderPdf, base64ToBytes } = await import('@/lib/preview/render-pdf');
        const width = Math.min(900, Math.max(240, pages.clientWidth - 32));
        const { pageCount, canvases } = await renderPdf(base64ToBytes(base64), width);
        if (!current) return;
        canvases.forEach((canvas, index) => {
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('preview_pdfPageLabel', index + 1, pageCount));
          canvas.className = 'pdf-page';
        });
        pages.replaceChildren(...canvases);
        setRendered({ state: 'ready', pageCount, shown: canvases.length });
      } catch {
        if (current) setRendered({ state: 'failed' });
      }
    })();
    return () => {
      current = false;
    };
  }, [base64]);

  return (
    <div
      class="preview-pdf"
      tabIndex={0}
      aria-label={t('preview_pdfLabel', name)}
      aria-busy={rendered.state === 'rendering'}
    >
      {rendered.state === 'rendering' ? <p class="preview-note">{t('preview_pdfRendering')}</p> : null}
      {rendered.state === 'failed' ? <p class="preview-note">{t('preview_pdfFailed')}</p> : null}
      <div class="pdf-pages" ref={pagesRef} />
      {rendered.state === 'ready' && rendered.shown < rendered.pageCount ? (
        <p class="preview-note">{plural('preview_pdfPagesNote', rendered.pageCount, rendered.shown)}</p>
      ) : null}
    </div>
  );
}
