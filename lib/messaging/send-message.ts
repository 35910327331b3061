import { t } from '@/lib/i18n/messages';
import { browser } from 'wxt/browser';
import type { Reply } from './errors';
import type { MessageType, RequestOf, ResponseMap } from './protocol';

/**
 * Sends a typed request to the background. Never throws: a missing or broken
 * background becomes an `internal` error the UI can show. Extension pages and
 * the content script both use it.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Reply<ResponseMap[K]>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseMap[K]> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: { kind: 'internal', message: t('error_backgroundSilent') } };
  } catch (error) {
    return {
      ok: false,
      error: { kind: 'internal', message: t('error_extensionUnavailable', String(error)) },
    };
  }
}
