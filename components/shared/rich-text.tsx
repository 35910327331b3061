import type { VNode } from 'preact';
import { t, type MessageKey } from '@/lib/i18n/messages';
import { fillSlots, slot } from '@/lib/i18n/message-slots';

/*
 * A sentence stays one catalogue message (a translator may move its
 * placeholders), yet some of what fills it is an element: HQ's names in a
 * <bdi>, so a left-to-right file name reads whole inside a right-to-left
 * sentence, a bold button name, a <code> path, a <time>.
 */

type Part = string | number | VNode;

/** t() whose element parts land where the message puts their placeholders; strings and numbers as t() fills them. */
export function richText(key: MessageKey, ...parts: Part[]): VNode {
  const substitutions = parts.map((part, index) => (typeof part === 'object' ? slot(index) : part));
  return <>{fillSlots(t(key, ...substitutions), parts)}</>;
}
