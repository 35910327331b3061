import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchJob } from '@/lib/notifications/background/job-notifications';
import { writeNotificationPreference } from '@/lib/notifications/notification-preferences';
import { HqError } from '@/lib/hq/hq-errors';

/*
 * When a download or ZIP that ends is worth a notification: only when no
 * popup is in view to say it — the popup that started it was closed, or it
 * ran long — and only if the person wants those.
 */

/** The extension's pages as the browser would list them: the toolbar popup, or the popup in a tab (active or not). */
let popup: 'none' | 'toolbar' | 'active tab' | 'background tab' = 'none';
const created: Array<{ id: string; title: string; message: string; buttons?: unknown[] }> = [];

beforeEach(() => {
  popup = 'none';
  created.length = 0;
  const url = fakeBrowser.runtime.getURL('/popup.html');
  // Not in WXT's fake browser: defined here as the browser answers it.
  (fakeBrowser.runtime as { getContexts?: unknown }).getContexts = async () => [];
  vi.spyOn(fakeBrowser.runtime, 'getContexts').mockImplementation((async () =>
    popup === 'none'
      ? []
      : [{ contextType: popup === 'toolbar' ? 'POPUP' : 'TAB', documentUrl: url, tabId: 5 }]) as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => ({
    id: 5,
    active: popup === 'active tab',
  })) as never);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
    id: string,
    options: { title: string; message: string; buttons?: unknown[] },
  ) => {
    created.push({ id, ...options });
    return id;
  }) as never);
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('notifications for jobs that end unseen', () => {
  it('says a ZIP started in the popup was saved once the popup has closed, with the button that shows it', async () => {
    popup = 'none'; // closed as soon as asked
    const job = watchJob('popup');
    job.saved('q3.zip', 42, 2);
    await settle();
    expect(created).toEqual([
      expect.objectContaining({
        id: 'saved:42',
        title: 'Download complete',
        message: 'q3.zip — 2 files could not be fetched (see _errors.txt)',
        buttons: [{ title: 'Show in folder' }],
      }),
    ]);
  });

  it('says nothing while a popup in view shows the outcome, and speaks once that popup is only a background tab', async () => {
    popup = 'toolbar';
    watchJob('popup').saved('q2.zip', 41, 0);
    popup = 'active tab';
    const shown = watchJob('popup');
    shown.saved('q3.zip', 42, 0);
    await settle();
    expect(created).toEqual([]);

    // Started there, then the person went to another tab: the outcome is not in view.
    const unseen = watchJob('popup');
    popup = 'background tab';
    unseen.saved('q4.zip', 43, 0);
    await settle();
    expect(created.map((n) => n.id)).toEqual(['saved:43']);
  });

  it('says a quick job started without a popup nothing, a long one that failed why — unless turned off', async () => {
    let now = 0;
    watchJob('elsewhere', () => now).saved('chart.png', 7, 0);
    await settle();
    expect(created).toEqual([]);

    const long = watchJob('elsewhere', () => now);
    now = 12_000;
    long.failed('q3.zip', new HqError({ kind: 'server', status: 503, message: 'down' }));
    await settle();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ title: 'Download failed' });
    expect(created[0]!.message).toMatch(/^q3\.zip: /);

    await writeNotificationPreference('jobs', false);
    const off = watchJob('elsewhere', () => now);
    now = 30_000;
    off.saved('big.zip', 8, 0);
    await settle();
    expect(created).toHaveLength(1);
  });
});
