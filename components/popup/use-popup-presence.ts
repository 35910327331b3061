import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { POPUP_PORT } from '@/lib/notifications/popup-port';

/** Holds a port open while the popup shows, so the background does not also notify what the popup tells. */
export function usePopupPresence(): void {
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    let closed = false;
    const connect = () => {
      port = browser.runtime.connect({ name: POPUP_PORT });
      // The background restarted: say so again to the new one.
      port.onDisconnect.addListener(() => {
        if (!closed) setTimeout(connect, 500);
      });
    };
    connect();
    return () => {
      closed = true;
      port?.disconnect();
    };
  }, []);
}
