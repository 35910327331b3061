import './notices.css';
import type { FilterId } from '@/lib/artifact-list/filter-artifacts';
import { t } from '@/lib/i18n/messages';
import { richText } from '@/components/shared/rich-text';

interface Props {
  /** The list arrived (from the cache or HQ). */
  loaded: boolean;
  hasArtifacts: boolean;
  /** The last refresh failed: its alert says why the list is empty. */
  failed: boolean;
  /** How many rows the search and filter leave. */
  matching: number;
  filter: FilterId;
  query: string;
  /** "Not downloaded yet" is on. */
  notDownloaded: boolean;
}

/** Why there are no rows: nothing delivered yet, or nothing matches the search. */
export function ListEmpty({ loaded, hasArtifacts, failed, matching, filter, query, notDownloaded }: Props) {
  if (loaded && !hasArtifacts && !failed) {
    return (
      <section class="empty-state">
        <h2>{t('popup_noArtifactsTitle')}</h2>
        <p>{t('popup_noArtifactsHint')}</p>
      </section>
    );
  }
  if (loaded && hasArtifacts && matching === 0 && notDownloaded && !query && filter === 'all') {
    return (
      <section class="empty-state">
        <h2>{t('popup_allDownloadedTitle')}</h2>
        <p>{t('popup_allDownloadedHint')}</p>
      </section>
    );
  }
  if (loaded && hasArtifacts && matching === 0) {
    return (
      <section class="empty-state">
        <h2>{t('popup_nothingMatches')}</h2>
        <p>{richText(filter === 'all' ? 'popup_noMatch' : 'popup_noMatchInFilter', <bdi>{query}</bdi>)}</p>
      </section>
    );
  }
  return null;
}
