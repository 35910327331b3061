import { pseudoCatalogue } from '../../build/pseudo-locale';
import { readCatalogue, renderMessage } from '../unit/support/catalogue-i18n';

/*
 * The words a person reads in one of the catalogues (or the pseudo-locale), as
 * the browser renders them, so a test finds a button by what its label says in
 * that language — and fails if the page does not say it.
 */
export type Words = (key: string, ...substitutions: string[]) => string;

let pseudo: ReturnType<typeof readCatalogue> | undefined;

export function wordsIn(folder: string | 'pseudo'): Words {
  const words = folder === 'pseudo' ? (pseudo ??= pseudoCatalogue(readCatalogue('en'))) : readCatalogue(folder);
  return (key, ...substitutions) => {
    if (!(key in words)) throw new Error(`No message ${key} in ${folder}`);
    return renderMessage(words, key, substitutions);
  };
}
