import { formatSize } from '@/lib/artifact-list/format';
import { t } from '@/lib/i18n/messages';
import { slot } from '@/lib/i18n/message-slots';
import type { PanelArtifact } from '@/lib/model/panel-artifact';
import { el, fill } from './panel-dom';

/** One artifact in the panel's list: type, name (marked when it arrived while the page was open), size and time, caption, its download button. */
export function panelRow(artifact: PanelArtifact, isNew: boolean, button: HTMLButtonElement): HTMLLIElement {
  const { caption, time } = artifact;
  const size = formatSize(artifact.size_bytes);
  // Names and captions are untrusted: text nodes only, each in a <bdi> of its own for right-to-left rows.
  return el(
    'li',
    isNew ? { className: 'new' } : {},
    // A file type (PNG, PY) reads the same in every language.
    el('span', { className: `kind ${artifact.group}`, 'aria-hidden': 'true', translate: false }, artifact.label),
    el(
      'span',
      { className: 'name' },
      el(
        'b',
        { title: artifact.name },
        el('bdi', {}, artifact.shortName),
        ...(isNew ? [' ', el('span', { className: 'new-mark' }, t('panel_newMark'))] : []),
      ),
      el(
        'span',
        {},
        ...(time
          ? fill(
              t('panel_sizeAndTime', slot(0), slot(1)),
              size,
              el('time', { dateTime: artifact.created_at, title: time.full }, time.short),
            )
          : [size]),
      ),
      ...(caption ? [el('span', { className: 'cap', title: caption }, el('bdi', {}, caption))] : []),
    ),
    button,
  );
}
