import { t } from '@/lib/i18n/messages';
import * as v from 'valibot';
import { knownErrorInfo, type ErrorInfo, type Reply } from '../errors';
import { describeError, type Situation } from '../error-words';
import { isMessageType, requestSchemas, type MessageType, type ResponseMap, type ValidRequestOf } from '../protocol';
import type { SenderContext } from './sender-context';

/** What a handler knows about who asked. */
export interface RequestContext {
  sender: SenderContext;
  /** The sending tab, for content scripts. */
  tabId?: number;
  pageUrl?: string;
}

export interface Handler<K extends MessageType> {
  /** Which senders may ask for this. */
  allow: readonly SenderContext[];
  handle(payload: ValidRequestOf<K>, context: RequestContext): Promise<ResponseMap[K]>;
}

/** Requests whose failures read differently from the general words (error-words.ts). */
const SITUATIONS: Partial<Record<MessageType, Situation>> = {
  'artifact-list:refresh': { doing: 'list' },
  'artifact-list:delete': { doing: 'delete' },
};

/** Every request type must have a handler: a missing one is a compile error. */
export type HandlerMap = { [K in MessageType]: Handler<K> };

/**
 * Validates a message, checks the sender, runs the handler and wraps the
 * outcome in a Reply. It never throws: a malformed message from anywhere must
 * not take the service worker down.
 */
export async function routeMessage(
  handlers: HandlerMap,
  message: unknown,
  sender: SenderContext | null,
  extra: Omit<RequestContext, 'sender'> = {},
): Promise<Reply<unknown>> {
  const fail = (error: ErrorInfo) =>
    failure(error, SITUATIONS[(message as { type?: MessageType } | null)?.type as MessageType]);
  if (!sender) return fail({ kind: 'denied', message: t('error_senderNotExtension') });
  if (!message || typeof message !== 'object') return fail({ kind: 'invalid', message: t('error_notAnObject') });
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (!isMessageType(type))
    return fail({ kind: 'invalid', message: t('error_unknownRequest', String(type).slice(0, 60)) });

  const handler = handlers[type] as Handler<MessageType>;
  if (!handler.allow.includes(sender))
    return fail({ kind: 'denied', message: t('error_requestNotAllowed', type, sender) });

  const parsed = v.safeParse(requestSchemas[type], payload ?? {});
  if (!parsed.success)
    return fail({ kind: 'invalid', message: t('error_invalidRequest', type, v.summarize(parsed.issues)) });

  try {
    const data = await handler.handle(parsed.output as never, { sender, ...extra });
    return { ok: true, data };
  } catch (error) {
    const info = knownErrorInfo(error);
    if (info) return fail(info);
    console.error(`[hq] ${type} failed`, error);
    return fail({ kind: 'internal', message: t('error_internal') });
  }
}

/** The failure with its plain words, so pages need not carry the wording (it stays out of the popup's and the content script's weight). */
function failure(error: ErrorInfo, situation: Situation | undefined): Reply<never> {
  return { ok: false, error: { ...error, words: describeError(error, situation) } };
}
