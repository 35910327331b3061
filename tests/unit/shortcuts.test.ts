import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runShortcut } from '@/lib/shortcuts/background/shortcut-actions';
import { readShortcuts } from '@/lib/shortcuts/shortcut-list';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('keyboard shortcuts', () => {
  it('"ZIP this conversation" on a page that is no conversation says why on the toolbar button', async () => {
    const titles: string[] = [];
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async () => {});
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockImplementation(async () => {});
    vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(async ({ title }) => void titles.push(title ?? ''));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no panel on this page'));
    await runShortcut('zip-conversation', { id: 3, url: 'https://example.com/' });
    await settle();
    expect(titles.at(-1)).toMatch(/^HQ Artifacts — .*conversation/);
  });

  it('does nothing for a command it does not know', async () => {
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle');
    await runShortcut('something-else', { id: 3, url: 'https://hq.zone/conversations/x' });
    await settle();
    expect(setTitle).not.toHaveBeenCalled();
  });

  it('lists the two shortcuts in the person’s words, with the keys the browser has', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+A', description: '' },
      { name: 'zip-conversation', shortcut: '', description: '' },
    ]);
    expect(await readShortcuts()).toEqual([
      { name: '_execute_action', description: 'Open HQ Artifacts', keys: 'Alt+Shift+A' },
      { name: 'zip-conversation', description: 'Download all artifacts of this conversation as ZIP', keys: '' },
    ]);
  });
});
