import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchJob } from '@/lib/notifications/background/job-notifications';
import { writeNotificationPreference } from '@/lib/notifications/notification-preferences';
import { HqError } from '@/lib/hq/hq-errors';

/*
 * When a download or ZIP that ends is worth a notification: only when no
 * popup is there to say it — the popup that started it was closed, or it
 * ran long — and only if the person wants those.
 */

type Port = {
  name: string;
  sender: { id: string; url: string };
  onDisconnect: { addListener(l: () => void): void };
  disconnect(): void;
};
let connectListener: ((port: Port) => void) | undefined;
const created: Array<{ id: string; title: string; message: string; buttons?: unknown[] }> = [];

beforeEach(async () => {
  created.length = 0;
  // eslint-disable-next-line no-restricted-syntax -- captures the background's listener to play a popup connecting
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
    connectListener = listener as unknown as (port: Port) => void;
  });
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
    id: string,
    options: { title: string; message: string; buttons?: unknown[] },
  ) => {
    created.push({ id, ...options });
    return id;
  }) as never);
  vi.resetModules();
});

/** A popup that connects its presence port; close() is the popup closing. */
function openPopup(): { close(): void } {
  let onClose = () => {};
  connectListener!({
    name: 'popup-open',
    sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
    onDisconnect: { addListener: (listener) => (onClose = listener) },
    disconnect() {},
  });
  return { close: () => onClose() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('notifications for jobs that end unseen', () => {
  it('says a ZIP started in the popup was saved once the popup has closed, with the button that shows it', async () => {
    const { trackPopupPresence } = await import('@/lib/notifications/background/popup-presence');
    const { watchJob: watch } = await import('@/lib/notifications/background/job-notifications');
    trackPopupPresence();
    const popup = openPopup();
    const job = watch();
    popup.close();
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

  it('says nothing while the popup that shows the outcome is still open', async () => {
    const { trackPopupPresence } = await import('@/lib/notifications/background/popup-presence');
    const { watchJob: watch } = await import('@/lib/notifications/background/job-notifications');
    trackPopupPresence();
    openPopup();
    watch().saved('q3.zip', 42, 0);
    await settle();
    expect(created).toEqual([]);
  });

  it('says a quick job started without a popup nothing, a long one that failed why — unless turned off', async () => {
    let now = 0;
    watchJob(() => now).saved('chart.png', 7, 0);
    await settle();
    expect(created).toEqual([]);

    const long = watchJob(() => now);
    now = 12_000;
    long.failed('q3.zip', new HqError({ kind: 'server', status: 503, message: 'down' }));
    await settle();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ title: 'Download failed' });
    expect(created[0]!.message).toMatch(/^q3\.zip: /);

    await writeNotificationPreference('jobs', false);
    const off = watchJob(() => now);
    now = 30_000;
    off.saved('big.zip', 8, 0);
    await settle();
    expect(created).toHaveLength(1);
  });
});
