import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readConnectionState, readWebAppUrl } from '@/lib/connection/settings';
import { DEFAULT_WEB_APP_URL } from '@/lib/hq/hq-assumptions';

describe('readWebAppUrl (all the content script reads)', () => {
  it('is HQ’s own web app until another is saved', async () => {
    expect(await readWebAppUrl()).toBe(DEFAULT_WEB_APP_URL);
    await fakeBrowser.storage.local.set({ webAppUrl: 'https://studio.example.com' });
    expect(await readWebAppUrl()).toBe('https://studio.example.com');
  });

  it('agrees with the whole connection state, and ignores a value that is not a string', async () => {
    await fakeBrowser.storage.local.set({ webAppUrl: 42 });
    expect(await readWebAppUrl()).toBe(DEFAULT_WEB_APP_URL);
    expect(await readWebAppUrl()).toBe((await readConnectionState()).webAppUrl);
  });
});
