import { catalogueLocale, textDirection } from '@/lib/i18n/locale';
import { t, type MessageKey } from '@/lib/i18n/messages';

/**
 * An extension page in the person's language before its first paint: `lang`
 * for screen readers and hyphenation, `dir` so Arabic mirrors the whole page
 * (the CSS uses logical properties), and the title a tab or screen reader shows.
 */
export function applyDocumentLanguage(title: MessageKey): void {
  document.documentElement.lang = catalogueLocale();
  document.documentElement.dir = textDirection();
  document.title = t(title);
}
