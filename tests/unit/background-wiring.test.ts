import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { MENU_IDS } from '@/lib/context-menu/menu-items';
import { PANEL_SCRIPT } from '@/lib/conversation-panel/background/panel-script';

/*
 * entrypoints/background.ts only wires; this checks the wiring itself with
 * WXT's fake browser. The fake has no contextMenus, scripting or permissions,
 * so those are recorded here; storage and runtime events are the fake's own.
 */

type Listener = (...args: never[]) => unknown;
const menus = new Map<string, { documentUrlPatterns?: string[] }>();
const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
const granted = new Set<string>();
const permissionAdded: Listener[] = [];

beforeEach(() => {
  menus.clear();
  registered.clear();
  granted.clear();
  permissionAdded.length = 0;
  const { contextMenus, scripting, permissions, idle, commands, notifications } = fakeBrowser;
  // Not in WXT's fake: recorded as wired, not driven here (lib/new-artifacts and lib/notifications have their own tests).
  vi.spyOn(idle.onStateChanged, 'addListener').mockImplementation(() => {});
  vi.spyOn(commands.onCommand, 'addListener').mockImplementation(() => {});
  vi.spyOn(notifications.onClicked, 'addListener').mockImplementation(() => {});
  vi.spyOn(notifications.onButtonClicked, 'addListener').mockImplementation(() => {});
  vi.spyOn(contextMenus, 'removeAll').mockImplementation(async () => menus.clear());
  vi.spyOn(contextMenus, 'create').mockImplementation((item) => (menus.set(String(item.id), item), String(item.id)));
  vi.spyOn(contextMenus, 'update').mockImplementation(async (id, changes) => {
    menus.set(String(id), { ...menus.get(String(id)), ...(changes as object) });
  });
  vi.spyOn(contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  );
  vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  });
  vi.spyOn(scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) registered.set(script.id, script);
  });
  vi.spyOn(permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(permissions.onAdded, 'addListener').mockImplementation(
    (listener) => void permissionAdded.push(listener as Listener),
  );
  background.main();
});

/** Lets the listeners' un-awaited promises run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('background wiring', () => {
  it('creates the three context menus on install, the page item on the web app', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect([...menus.keys()]).toEqual([MENU_IDS.conversationZip, MENU_IDS.artifactLink, MENU_IDS.refresh]);
    expect(menus.get(MENU_IDS.conversationZip)?.documentUrlPatterns).toContain('https://hq.zone/*');
    expect(registered.size).toBe(0); // HQ's own web app is covered by the manifest
  });

  it('moves the panel and the page menu item to a custom web app once its host is allowed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    granted.add('https://hq.example.com/*');
    await fakeBrowser.storage.local.set({ webAppUrl: 'https://hq.example.com' });
    await settle();
    expect(menus.get(MENU_IDS.conversationZip)?.documentUrlPatterns).toContain('https://hq.example.com/*');
    expect([...registered.values()]).toMatchObject([{ matches: ['https://hq.example.com/*'], js: [PANEL_SCRIPT] }]);
  });

  it('registers the panel only when the permission arrives, and drops it when the web app moves back', async () => {
    await fakeBrowser.storage.local.set({ webAppUrl: 'https://hq.example.com' });
    await settle();
    expect(registered.size).toBe(0); // no permission yet: nothing may run there

    granted.add('https://hq.example.com/*');
    await Promise.all(permissionAdded.map((listener) => listener()));
    await settle();
    expect([...registered.values()].map((script) => script.matches)).toEqual([['https://hq.example.com/*']]);

    await fakeBrowser.storage.local.set({ webAppUrl: 'https://hq.zone' });
    await settle();
    expect(registered.size).toBe(0);
  });

  it('answers our own pages and refuses everyone else', async () => {
    const page = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
    const [fromPage] = await fakeBrowser.runtime.onMessage.trigger({ type: 'connection:get', payload: {} }, page);
    expect(fromPage).toMatchObject({ ok: true, data: { account: null } });
    const [fromElsewhere] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'connection:get', payload: {} },
      { id: 'other-extension', url: 'https://evil.example/' },
    );
    expect(fromElsewhere).toMatchObject({ ok: false, error: { kind: 'denied' } });
  });
});
