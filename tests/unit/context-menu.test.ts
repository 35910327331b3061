import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ARTIFACT_LINK_PATTERNS, MENU_IDS, artifactIdFromLink, contextMenuItems } from '@/lib/context-menu/menu-items';
import { handleMenuClick, type MenuDependencies } from '@/lib/context-menu/background/menu-actions';
import { writeConnectionState } from '@/lib/connection/settings';
import { HqError } from '@/lib/hq/hq-errors';

const SERVER = 'https://api.hq.zone';
const CONVERSATION = '0b6f3a52-8c1e-4f7a-9d2b-3e4f5a6b7c8d';
const ARTIFACT = 'a0000000-0000-4000-8000-000000000001';

function deps(): MenuDependencies {
  return {
    downloadArtifact: vi.fn(async () => ({ fileName: 'x' })),
    downloadConversationZip: vi.fn(async () => ({
      fileName: 'Chart exports-artifacts.zip',
      count: 4,
      failed: 0,
      builtBy: 'server' as const,
    })),
    refresh: vi.fn(async () => undefined),
    notify: vi.fn<MenuDependencies['notify']>(),
  };
}

beforeEach(async () => {
  await writeConnectionState({
    serverUrl: SERVER,
    webAppUrl: 'https://hq.zone',
    oauthClientId: '',
    grantedScopes: null,
    signedOutReason: null,
    deleteRefused: false,
    account: { serverUrl: SERVER, identityKey: 'u1', displayName: 'Ada', email: null },
  });
});

describe('context menu items', () => {
  it('have fixed ids and the obvious titles, in the right contexts', () => {
    const items = contextMenuItems('https://hq.zone');
    expect(items.map((i) => [i.id, i.title, i.contexts])).toEqual([
      [MENU_IDS.conversationZip, 'Download all artifacts as ZIP', ['page']],
      [MENU_IDS.artifactLink, 'Download artifact', ['link']],
      [MENU_IDS.refresh, 'Refresh artifacts', ['action']],
    ]);
    expect(items[1]!.targetUrlPatterns).toEqual(ARTIFACT_LINK_PATTERNS);
  });

  it('show the page item on the configured web app only', () => {
    expect(contextMenuItems('http://localhost:8787')[0]!.documentUrlPatterns).toEqual(['http://localhost/*']);
    expect(contextMenuItems('https://team.hq.zone')[0]!.documentUrlPatterns).toEqual(['https://team.hq.zone/*']);
  });
});

describe('artifactIdFromLink', () => {
  it('reads the id from a link to the connected server only', () => {
    expect(artifactIdFromLink(`${SERVER}/v1/api/artifacts/${ARTIFACT}/download`, SERVER)).toBe(ARTIFACT);
    expect(artifactIdFromLink(`https://evil.example/v1/api/artifacts/${ARTIFACT}/download`, SERVER)).toBeNull();
    expect(artifactIdFromLink(`${SERVER}/v1/api/artifacts/${ARTIFACT}`, SERVER)).toBeNull();
    expect(artifactIdFromLink(`${SERVER}/v1/api/artifacts/..%2Fme/download`, SERVER)).toBeNull();
    expect(artifactIdFromLink(undefined, SERVER)).toBeNull();
    expect(artifactIdFromLink('not a url', SERVER)).toBeNull();
  });
});

describe('handleMenuClick', () => {
  it('downloads the conversation ZIP from a conversation page and says so on the page', async () => {
    const d = deps();
    await handleMenuClick(
      { menuItemId: MENU_IDS.conversationZip },
      { id: 7, url: `https://hq.zone/conversations/${CONVERSATION}` },
      d,
    );
    expect(d.downloadConversationZip).toHaveBeenCalledWith(CONVERSATION, expect.any(Function), 'elsewhere');
    expect(d.notify).toHaveBeenCalledWith(
      7,
      'status',
      'ZIP saved to your downloads: Chart exports-artifacts.zip with 4 artifacts.',
    );
  });

  it('refuses the page item on pages that are not conversations of the web app', async () => {
    const d = deps();
    await handleMenuClick(
      { menuItemId: MENU_IDS.conversationZip },
      { id: 7, url: `https://evil.example/conversations/${CONVERSATION}` },
      d,
    );
    await handleMenuClick({ menuItemId: MENU_IDS.conversationZip }, { id: 7, url: 'https://hq.zone/settings' }, d);
    expect(d.downloadConversationZip).not.toHaveBeenCalled();
    expect(d.notify).toHaveBeenCalledWith(7, 'alert', 'This page is not an HQ conversation.');
  });

  it('downloads a linked artifact with authentication, but never for another server', async () => {
    const d = deps();
    await handleMenuClick(
      { menuItemId: MENU_IDS.artifactLink, linkUrl: `${SERVER}/v1/api/artifacts/${ARTIFACT}/download` },
      { id: 1 },
      d,
    );
    expect(d.downloadArtifact).toHaveBeenCalledWith(ARTIFACT);
    await handleMenuClick(
      { menuItemId: MENU_IDS.artifactLink, linkUrl: `https://other.example/v1/api/artifacts/${ARTIFACT}/download` },
      { id: 1 },
      d,
    );
    expect(d.downloadArtifact).toHaveBeenCalledTimes(1);
    expect(d.notify).toHaveBeenLastCalledWith(1, 'alert', expect.stringContaining('not an artifact of the HQ server'));
  });

  it('turns HQ failures into plain words for the person', async () => {
    const d = deps();
    d.downloadArtifact = vi.fn(async () => {
      throw new HqError({ kind: 'not_found', status: 404, message: 'gone' });
    });
    await handleMenuClick(
      { menuItemId: MENU_IDS.artifactLink, linkUrl: `${SERVER}/v1/api/artifacts/${ARTIFACT}/download` },
      { id: 2 },
      d,
    );
    expect(d.notify).toHaveBeenCalledWith(2, 'alert', expect.stringMatching(/^Not found/));
  });

  it('refreshes from the toolbar button', async () => {
    const d = deps();
    await handleMenuClick({ menuItemId: MENU_IDS.refresh }, undefined, d);
    expect(d.refresh).toHaveBeenCalledOnce();
  });

  it('asks to connect first when signed out', async () => {
    await fakeBrowser.storage.local.remove('account');
    const d = deps();
    await handleMenuClick(
      { menuItemId: MENU_IDS.artifactLink, linkUrl: `${SERVER}/v1/api/artifacts/${ARTIFACT}/download` },
      { id: 3 },
      d,
    );
    expect(d.downloadArtifact).not.toHaveBeenCalled();
    expect(d.notify).toHaveBeenCalledWith(3, 'alert', expect.stringContaining('not connected'));
  });
});
