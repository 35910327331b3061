// IndexedDB for idb-keyval (token store, list cache) in Node.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueI18n } from './support/catalogue-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n: the real English catalogue, read as the browsers read it.
  Object.assign(fakeBrowser.i18n, catalogueI18n());
});
