import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/messages';
import { SHORTCUTS } from './shortcut-names';

export interface ShortcutRow {
  name: string;
  /** What it does, in the person's language. */
  description: string;
  /** The keys as the browser shows them; empty when none is set. */
  keys: string;
}

const DESCRIPTIONS: Record<string, () => string> = {
  [SHORTCUTS.openPopup]: () => t('shortcut_openPopup'),
  [SHORTCUTS.zipConversation]: () => t('shortcut_zipConversation'),
};

/** The extension's shortcuts with the keys the person has now (they may have changed them in the browser). */
export async function readShortcuts(): Promise<ShortcutRow[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((command) => command.name && DESCRIPTIONS[command.name])
    .map((command) => ({
      name: command.name!,
      description: DESCRIPTIONS[command.name!]!(),
      keys: command.shortcut ?? '',
    }));
}

/** The browser's own page for changing them: Firefox opens it itself; Chrome's is chrome://extensions/shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
