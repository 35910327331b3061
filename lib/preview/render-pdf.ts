import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Pages drawn in a preview: a first look, not a reader (the download is one click away). */
export const PDF_PREVIEW_PAGES = 5;

export interface RenderedPdf {
  pageCount: number;
  /** One canvas per page drawn, in order. */
  canvases: HTMLCanvasElement[];
}

/**
 * Draws the first pages of an untrusted PDF onto canvases with pdf.js: no
 * eval, no PDF scripting (the scripting sandbox is never loaded), no forms,
 * nothing fetched. Loaded lazily: it only costs when a PDF is previewed.
 */
export async function renderPdf(
  bytes: Uint8Array,
  cssWidth: number,
  maxPages = PDF_PREVIEW_PAGES,
): Promise<RenderedPdf> {
  GlobalWorkerOptions.workerSrc = workerUrl;
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    stopAtErrors: false,
  });
  const pdf = await task.promise;
  try {
    const canvases: HTMLCanvasElement[] = [];
    const ratio = Math.max(1, window.devicePixelRatio || 1);
    for (let number = 1; number <= Math.min(pdf.numPages, maxPages); number++) {
      const page = await pdf.getPage(number);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
    return { pageCount: pdf.numPages, canvases };
  } finally {
    void task.destroy();
  }
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
