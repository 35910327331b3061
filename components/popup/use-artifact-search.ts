import { useMemo, useState } from 'preact/hooks';
import type { CachedList } from '@/lib/model/cached-list';
import { countByFilter, filterArtifacts, type FilterId } from '@/lib/artifact-list/filter-artifacts';

/**
 * What the list shows: the cached list — narrowed to one conversation while
 * "Show" in the Conversations view asked for it, and to what was never saved
 * here while "Not downloaded yet" is on — searched as you type and filtered
 * by type, with each filter's count for the search.
 */
export function useArtifactSearch(
  list: CachedList | null,
  inConversation: { id: string } | null,
  saved: ReadonlySet<string> | null,
) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  const [notDownloaded, setNotDownloaded] = useState(false);

  const all = list?.artifacts;
  const artifacts = useMemo(() => {
    const every = all ?? [];
    return inConversation ? every.filter((a) => a.conversation_id === inConversation.id) : every;
  }, [all, inConversation]);
  const unsaved = useMemo(() => (saved ? artifacts.filter((a) => !saved.has(a.id)) : null), [artifacts, saved]);
  const scope = notDownloaded && unsaved ? unsaved : artifacts;
  const visible = useMemo(() => filterArtifacts(scope, query, filter), [scope, query, filter]);
  const counts = useMemo(() => countByFilter(scope, query), [scope, query]);
  const visibleIds = useMemo(() => visible.map((a) => a.id), [visible]);

  return {
    query,
    setQuery,
    filter,
    setFilter,
    notDownloaded,
    setNotDownloaded,
    /** How many were never saved here; null until the saved set is read. */
    unsavedCount: unsaved?.length ?? null,
    artifacts,
    visible,
    visibleIds,
    counts,
  };
}
