import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPanelConversation } from '@/lib/conversation-panel/background/panel-gate';

const SHOWN = '0b6f3a52-8c1e-4f7a-9d2b-3e4f5a6b7c8d';
const OTHER = '1c7a4b63-9d2f-4a8b-8e3c-4f5a6b7c8d9e';

async function tabShowing(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

beforeEach(async () => {
  await fakeBrowser.storage.local.set({ webAppUrl: 'https://hq.zone' });
});

describe('page gate', () => {
  it('lets a tab ask about the conversation it shows on the configured web app', async () => {
    const tabId = await tabShowing(`https://hq.zone/conversations/${SHOWN}`);
    await expect(checkPanelConversation(SHOWN.toUpperCase(), { tabId }, 'local')).resolves.toBe(SHOWN);
  });

  it('refuses another conversation, another HQ subdomain and other sites', async () => {
    const onApp = await tabShowing(`https://hq.zone/conversations/${SHOWN}`);
    await expect(checkPanelConversation(OTHER, { tabId: onApp }, 'local')).rejects.toMatchObject({
      info: { kind: 'denied' },
    });
    for (const url of [
      `https://evil.hq.zone/conversations/${SHOWN}`,
      `https://hq.zone.evil.example/c/${SHOWN}`,
      `http://hq.zone/c/${SHOWN}`,
    ]) {
      const tabId = await tabShowing(url);
      await expect(checkPanelConversation(SHOWN, { tabId }, 'local'), url).rejects.toMatchObject({
        info: { kind: 'denied' },
      });
    }
  });

  it('believes the tab’s live address, not the one the page loaded with', async () => {
    const tabId = await tabShowing(`https://hq.zone/conversations/${OTHER}`);
    const stale = `https://hq.zone/conversations/${SHOWN}`;
    await expect(checkPanelConversation(SHOWN, { tabId, pageUrl: stale }, 'local')).rejects.toMatchObject({
      info: { kind: 'denied' },
    });
  });

  it('answers a custom web app only, once configured', async () => {
    await fakeBrowser.storage.local.set({ webAppUrl: 'https://studio.example.com' });
    const custom = await tabShowing(`https://studio.example.com/c/${SHOWN}`);
    const hqOwn = await tabShowing(`https://hq.zone/c/${SHOWN}`);
    await expect(checkPanelConversation(SHOWN, { tabId: custom }, 'local')).resolves.toBe(SHOWN);
    await expect(checkPanelConversation(SHOWN, { tabId: hqOwn }, 'local')).rejects.toMatchObject({
      info: { kind: 'denied' },
    });
  });

  it('limits how often one tab can make the extension ask HQ', async () => {
    const tabId = await tabShowing(`https://hq.zone/conversations/${SHOWN}`);
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        checkPanelConversation(SHOWN, { tabId }, 'hq').then(
          () => 'ok',
          (error: { info: { kind: string } }) => error.info.kind,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'ok').length).toBeLessThanOrEqual(11);
    expect(outcomes).toContain('throttled');
    // Reading the cache costs HQ nothing and is not limited.
    await expect(checkPanelConversation(SHOWN, { tabId }, 'local')).resolves.toBe(SHOWN);
  });
});
