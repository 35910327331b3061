import './toolbar.css';
import { plural } from '@/lib/i18n/messages';
import type { useArtifactSearch } from './use-artifact-search';

interface Props {
  /** Whether only the never-saved are listed, how many there are, and what the list shows now (what the ZIP would hold). */
  search: Pick<ReturnType<typeof useArtifactSearch>, 'notDownloaded' | 'setNotDownloaded' | 'unsavedCount' | 'visible'>;
  /** "Preparing ZIP… 3 / 10" while a ZIP is being made, else null. */
  zipStatus: string | null;
  onToggled(): void;
  onDownloadZip(): void;
}

/** "Not downloaded yet (N)": a toggle over the list, and one click to take exactly those as a ZIP. */
export function NotDownloadedFilter({ search, zipStatus, onToggled, onDownloadZip }: Props) {
  const { notDownloaded: on, unsavedCount: count, visible } = search;
  if (count === null) return null;
  return (
    <div class="saved-filter">
      <button
        type="button"
        class={`chip${on ? ' on' : ''}`}
        aria-pressed={on}
        aria-controls="artifact-list"
        onClick={() => {
          search.setNotDownloaded(!on);
          onToggled();
        }}
      >
        {plural('popup_notDownloadedFilter', count)}
      </button>
      {on && visible.length > 0 ? (
        <button type="button" class="button small primary" disabled={zipStatus !== null} onClick={onDownloadZip}>
          {zipStatus ?? plural('popup_downloadNotDownloaded', visible.length)}
        </button>
      ) : null}
    </div>
  );
}
