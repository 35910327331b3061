import { useMemo, useState } from 'preact/hooks';
import type { CachedList } from '@/lib/model/cached-list';
import { countByFilter, filterArtifacts, type FilterId } from '@/lib/artifact-list/filter-artifacts';

/**
 * What the list shows: the cached list — narrowed to one conversation while
 * "Show" in the Conversations view asked for it — searched as you type and
 * filtered by type, with each filter's count for the search.
 */
export function useArtifactSearch(list: CachedList | null, inConversation: { id: string } | null) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');

  const all = list?.artifacts;
  const artifacts = useMemo(() => {
    const every = all ?? [];
    return inConversation ? every.filter((a) => a.conversation_id === inConversation.id) : every;
  }, [all, inConversation]);
  const visible = useMemo(() => filterArtifacts(artifacts, query, filter), [artifacts, query, filter]);
  const counts = useMemo(() => countByFilter(artifacts, query), [artifacts, query]);
  const visibleIds = useMemo(() => visible.map((a) => a.id), [visible]);

  return { query, setQuery, filter, setFilter, artifacts, visible, visibleIds, counts };
}
