import { readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * browser.i18n as the browsers implement it, over a real catalogue in
 * public/_locales: named placeholders ($count$ → its content, "$1"), then
 * positional substitutions, "$$" for a dollar sign, and "" for an unknown key.
 */

export type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
>;

export const LOCALES_DIR = path.resolve(import.meta.dirname, '../../../public/_locales');

const read = new Map<string, Catalogue>();

/** A catalogue as the browser has it, read from disk once per run (every unit test's browser starts in English). */
export function readCatalogue(folder: string): Catalogue {
  let catalogue = read.get(folder);
  if (!catalogue) {
    catalogue = JSON.parse(readFileSync(path.join(LOCALES_DIR, folder, 'messages.json'), 'utf8')) as Catalogue;
    read.set(folder, catalogue);
  }
  return catalogue;
}

export function renderMessage(catalogue: Catalogue, key: string, substitutions: string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

/** getMessage and getUILanguage for the fake browser, in one of the catalogues (English by default). */
export function catalogueI18n(folder = 'en', uiLanguage = 'en-US') {
  const catalogue = readCatalogue(folder);
  const english = folder === 'en' ? catalogue : readCatalogue('en');
  return {
    getMessage: (key: string, substitutions?: string | string[]) => {
      const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return renderMessage(key in catalogue ? catalogue : english, key, list);
    },
    getUILanguage: () => uiLanguage,
  };
}
