/*
 * What a notification is about, carried in its id: the background may have
 * restarted between showing it and the click, so the id alone must say what
 * the click does.
 */
export type NotificationTarget =
  { kind: 'saved'; downloadId: number } | { kind: 'failed' } | { kind: 'new'; conversationId: string | null };

export function notificationId(target: NotificationTarget, unique: string): string {
  switch (target.kind) {
    case 'saved':
      return `saved:${target.downloadId}`;
    case 'failed':
      return `failed:${unique}`;
    case 'new':
      return `new:${target.conversationId ?? ''}:${unique}`;
  }
}

export function notificationTarget(id: string): NotificationTarget | null {
  const saved = /^saved:(\d+)$/.exec(id);
  if (saved) return { kind: 'saved', downloadId: Number(saved[1]) };
  if (id.startsWith('failed:')) return { kind: 'failed' };
  const fresh = /^new:([\w-]*):/.exec(id);
  if (fresh) return { kind: 'new', conversationId: fresh[1] || null };
  return null;
}
