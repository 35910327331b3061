import { t } from '@/lib/i18n/messages';
import { ProtocolError } from '@/lib/messaging/errors';

/** What any request says when nobody is signed in (or the stored session does not fit the account). */
export function notConnected(): ProtocolError {
  return new ProtocolError({ kind: 'not_connected', message: t('error_notConnectedYet') });
}
