/** The keyboard shortcuts (manifest `commands`): the browser's own "open the popup", and ours. */
export const SHORTCUTS = {
  openPopup: '_execute_action',
  zipConversation: 'zip-conversation',
} as const;
