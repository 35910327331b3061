import './toolbar.css';
import { t } from '@/lib/i18n/messages';
import { CloseIcon } from './icons';
import { richText } from '@/components/shared/rich-text';

/** Above a list narrowed to one conversation ("Show" in the Conversations view): which, and × to show all again. */
export function ConversationFilter({ title, onLeave }: { title: string; onLeave(): void }) {
  return (
    <p class="conversation-filter">
      <span>{richText('popup_inConversation', <bdi>{title}</bdi>)}</span>
      <button
        type="button"
        class="icon-button small"
        aria-label={t('popup_showAllArtifacts')}
        title={t('popup_showAllArtifacts')}
        onClick={onLeave}
      >
        <CloseIcon />
      </button>
    </p>
  );
}
