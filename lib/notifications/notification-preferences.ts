import { browser } from 'wxt/browser';

/*
 * Which desktop notifications the person wants — preferences, not secrets,
 * in storage.local beside the others. Set in the options page.
 */
const KEYS = { jobs: 'notifyJobs', newArtifacts: 'notifyNewArtifacts' } as const;

export interface NotificationPreferences {
  /** A download or ZIP that ends after the popup closed. On unless turned off. */
  jobs: boolean;
  /** "3 new artifacts in ‘Q3 revenue analysis’". Off unless turned on. */
  newArtifacts: boolean;
}

export async function readNotificationPreferences(): Promise<NotificationPreferences> {
  const stored: Record<string, unknown> = await browser.storage.local.get(Object.values(KEYS));
  return { jobs: stored[KEYS.jobs] !== false, newArtifacts: stored[KEYS.newArtifacts] === true };
}

export async function writeNotificationPreference(which: keyof NotificationPreferences, on: boolean): Promise<void> {
  await browser.storage.local.set({ [KEYS[which]]: on });
}
