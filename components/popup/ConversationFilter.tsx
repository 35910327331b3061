import './toolbar.css';
import { CloseIcon } from './icons';

/** Above a list narrowed to one conversation ("Show" in the Conversations view): which, and × to show all again. */
export function ConversationFilter({ title, onLeave }: { title: string; onLeave(): void }) {
  return (
    <p class="conversation-filter">
      <span>In “{title}”</span>
      <button
        type="button"
        class="icon-button small"
        aria-label="Show all artifacts"
        title="Show all artifacts"
        onClick={onLeave}
      >
        <CloseIcon />
      </button>
    </p>
  );
}
