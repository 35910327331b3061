import './toolbar.css';
import type { FilterId } from '@/lib/artifact-list/filter-artifacts';
import { t } from '@/lib/i18n/messages';
import { FilterTabs } from './FilterTabs';

export const SEARCH_ID = 'artifact-search';

interface Props {
  query: string;
  onQuery(query: string): void;
  onKeyDown(event: KeyboardEvent): void;
  /** Nothing to search (and no search typed). */
  disabled: boolean;
  /** The type filters, once there is something to filter; null hides them. */
  filters: {
    active: FilterId;
    /** null while only the first screenful is in: no counts rather than wrong ones. */
    counts: Record<FilterId, number> | null;
    onChange(filter: FilterId): void;
  } | null;
}

/** The search box above the list, and the type filters under it. */
export function ArtifactSearch({ query, onQuery, onKeyDown, disabled, filters }: Props) {
  return (
    <div class="find">
      <label class="visually-hidden" for={SEARCH_ID}>
        {t('popup_searchArtifactsLabel')}
      </label>
      <input
        id={SEARCH_ID}
        type="search"
        placeholder={t('popup_searchArtifactsPlaceholder')}
        autoComplete="off"
        spellcheck={false}
        value={query}
        autoFocus
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        aria-controls="artifact-list"
        disabled={disabled}
      />
      {filters ? <FilterTabs active={filters.active} counts={filters.counts} onChange={filters.onChange} /> : null}
    </div>
  );
}
