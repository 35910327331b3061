import './notices.css';
import type { FilterId } from '@/lib/artifact-list/filter-artifacts';

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
}

/** Why there are no rows: nothing delivered yet, or nothing matches the search. */
export function ListEmpty({ loaded, hasArtifacts, failed, matching, filter, query }: Props) {
  if (loaded && !hasArtifacts && !failed) {
    return (
      <section class="empty-state">
        <h2>No artifacts yet</h2>
        <p>When your agents deliver files in HQ conversations, they show up here.</p>
      </section>
    );
  }
  if (loaded && hasArtifacts && matching === 0) {
    return (
      <section class="empty-state">
        <h2>Nothing matches</h2>
        <p>
          No {filter === 'all' ? '' : 'such '}artifacts match “{query}”.
        </p>
      </section>
    );
  }
  return null;
}
