import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/messages';
import './preview.css';

/**
 * An image fitted to the pane; one click (or the button) shows it at its full
 * size, scrollable. An <img> never runs an SVG's scripts nor loads what it references.
 */
export function ImagePreview({ dataUrl, alt }: { dataUrl: string; alt: string }) {
  const [fullSize, setFullSize] = useState(false);
  return (
    <div class={`preview-image${fullSize ? ' full-size' : ''}`}>
      <button type="button" class="button small zoom" aria-pressed={fullSize} onClick={() => setFullSize(!fullSize)}>
        {fullSize ? t('preview_fitToWindow') : t('preview_fullSize')}
      </button>
      <img src={dataUrl} alt={alt} onClick={() => setFullSize(!fullSize)} />
    </div>
  );
}
