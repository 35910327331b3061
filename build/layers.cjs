/*
 * The product's layers (README, "Architecture"; enforced by .dependency-cruiser.cjs):
 * top first, and a folder imports only from folders on later lines.
 */
/** Top first. A folder may import from any folder on a later line, never from its own line's others or above. */
const LAYERS = [
  ['entrypoints'],
  ['components/popup', 'components/options', 'components/conversation-panel'],
  ['components/shared'],
  ['lib/shortcuts'],
  ['lib/context-menu'],
  ['lib/conversation-panel'],
  ['lib/preview'],
  ['lib/artifact-list'],
  ['lib/new-artifacts'],
  ['lib/conversations'],
  ['lib/file-jobs'],
  ['lib/notifications'],
  ['lib/workspace-index'],
  ['lib/connection'],
  ['lib/list-store'],
  ['lib/toolbar-badge'],
  ['lib/messaging'],
  ['lib/model'],
  ['lib/hq'],
  ['lib/async'],
  ['lib/i18n'],
];

module.exports = { LAYERS };
