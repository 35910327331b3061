import { FILTERS, type FilterId } from '@/lib/artifact-list/filter-artifacts';
import { t } from '@/lib/i18n/messages';
import { formatNumber } from '@/lib/i18n/locale';
import { inlineStep } from '@/lib/i18n/inline-step';
import './toolbar.css';

interface Props {
  active: FilterId;
  /** null while only the first screenful is loaded: no counts rather than wrong ones. */
  counts: Record<FilterId, number> | null;
  onChange(filter: FilterId): void;
}

/** The gallery's type filters as an ARIA tab list (arrow keys move between tabs). */
export function FilterTabs({ active, counts, onChange }: Props) {
  function onKeyDown(event: KeyboardEvent) {
    const index = FILTERS.findIndex((f) => f.id === active);
    // The tabs run right to left in a right-to-left page: the arrows follow what is on screen.
    const step = inlineStep(event.key, document.documentElement.dir);
    if (!step) return;
    event.preventDefault();
    const next = FILTERS[(index + step + FILTERS.length) % FILTERS.length]!;
    onChange(next.id);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-filter="${next.id}"]`)?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={t('popup_typeFiltersLabel')} onKeyDown={onKeyDown}>
      {FILTERS.map((filter) => (
        <button
          type="button"
          role="tab"
          key={filter.id}
          data-filter={filter.id}
          aria-selected={active === filter.id}
          aria-controls="artifact-list"
          tabIndex={active === filter.id ? 0 : -1}
          class="tab"
          onClick={() => onChange(filter.id)}
        >
          {t(filter.label)}
          {counts ? (
            <>
              {' '}
              <span class="count">{formatNumber(counts[filter.id])}</span>
            </>
          ) : null}
        </button>
      ))}
    </div>
  );
}
