import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, readCatalogue, type Catalogue } from './support/catalogue-i18n';

// The catalogues in public/_locales: every language has every message, with the same placeholders, in the plural
// forms its own rules need (CLDR, as Intl.PluralRules has them), and the code uses every message English defines.

const FOLDERS = ['ar', 'de', 'en', 'es', 'fr', 'ja', 'zh_CN'];
const ROOT = path.resolve(LOCALES_DIR, '../..');
const english = readCatalogue('en');
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** Message families: a plain key is its own family; `files_one`, `files_other` are the family `files`. */
function families(catalogue: Catalogue): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const plurals = new Set(Object.keys(catalogue).flatMap((key) => (key.endsWith('_other') ? [key.slice(0, -6)] : [])));
  for (const key of Object.keys(catalogue)) {
    const match = PLURAL.exec(key);
    const family = match && plurals.has(match[1]!) ? match[1]! : key;
    result.set(family, [...(result.get(family) ?? []), key]);
  }
  return result;
}

const placeholdersOf = (entry: Catalogue[string]) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
const usedIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());

describe('message catalogues', () => {
  it('exist for exactly the seven languages', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(FOLDERS);
  });

  describe.each(FOLDERS)('%s', (folder) => {
    const catalogue = readCatalogue(folder);
    const tag = catalogue.catalogueLocale?.message ?? '';
    const englishFamilies = families(english);
    const ownFamilies = families(catalogue);

    it('names its own language and direction', () => {
      expect(tag).toBe(folder.replace('_', '-'));
      expect(catalogue.textDirection?.message).toBe(folder === 'ar' ? 'rtl' : 'ltr');
    });

    it('has every message English has, and no other', () => {
      expect([...ownFamilies.keys()].sort()).toEqual([...englishFamilies.keys()].sort());
    });

    it('has exactly the plural forms its language needs', () => {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      const wrong = [...englishFamilies]
        .filter(([family, keys]) => keys.length > 1 || keys[0] !== family)
        .flatMap(([family]) => {
          const forms = (ownFamilies.get(family) ?? []).map((key) => key.slice(family.length + 1)).sort();
          return forms.join() === [...categories].sort().join() ? [] : [`${family}: ${forms.join()}`];
        });
      expect(wrong, `${tag} needs ${categories.join(', ')}`).toEqual([]);
    });

    it('keeps the placeholders English defines, and uses each one', () => {
      const wrong = Object.entries(catalogue).flatMap(([key, entry]) => {
        const base = PLURAL.exec(key)?.[1];
        const pluralForm = base !== undefined && `${base}_other` in english;
        const source = english[key in english ? key : `${base}_other`];
        if (!source) return [];
        const problems: string[] = [];
        if (JSON.stringify(placeholdersOf(entry)) !== JSON.stringify(placeholdersOf(source)))
          problems.push(`${key}: placeholders differ from English`);
        const used = new Set(usedIn(entry.message));
        for (const name of Object.keys(placeholdersOf(source))) {
          // A plural form may leave out the count ("one file" as "a file"); every other placeholder is shown.
          if (!used.has(name) && !(name === 'count' && pluralForm)) problems.push(`${key}: does not use $${name}$`);
        }
        for (const name of used) if (!(name in placeholdersOf(source))) problems.push(`${key}: unknown $${name}$`);
        if (!entry.message.trim()) problems.push(`${key}: empty`);
        return problems;
      });
      expect(wrong).toEqual([]);
    });

    it('fits the stores: a name of at most 75 characters, a description of at most 132', () => {
      expect(catalogue.extName!.message.length).toBeLessThanOrEqual(75);
      expect(catalogue.extDescription!.message.length).toBeLessThanOrEqual(132);
    });
  });

  it('has no English message the code does not use', () => {
    const sources = ['lib', 'components', 'entrypoints']
      .flatMap((folder) => filesUnder(path.join(ROOT, folder)))
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.page.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
      .concat(readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8'));
    const unused = [...families(english).keys()].filter(
      (family) => ![`'${family}'`, `"${family}"`, `__MSG_${family}__`].some((literal) => sources.includes(literal)),
    );
    expect(unused).toEqual([]);
  });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
}
