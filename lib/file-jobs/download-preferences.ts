import { browser } from 'wxt/browser';

/*
 * How downloads are saved — a preference, not a secret, so it sits in
 * storage.local beside the connection settings. Set in the options page.
 */
const FOLDER_PER_CONVERSATION = 'folderPerConversation';

/** "Save into a folder per conversation": `<conversation title>/<file name>`. Off by default. */
export async function readFolderPerConversation(): Promise<boolean> {
  const stored: Record<string, unknown> = await browser.storage.local.get(FOLDER_PER_CONVERSATION);
  return stored[FOLDER_PER_CONVERSATION] === true;
}

export async function writeFolderPerConversation(on: boolean): Promise<void> {
  await browser.storage.local.set({ [FOLDER_PER_CONVERSATION]: on });
}
