import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { CachedList } from '@/lib/messaging/payloads';
import type { ErrorInfo } from '@/lib/messaging/errors';
import { countByFilter, filterArtifacts, type FilterId } from '@/lib/artifact-list/filter-artifacts';
import { useSelection } from './use-selection';
import { useRovingFocus } from './use-roving-focus';
import { useArtifactActions } from './use-artifact-actions';
import { ArtifactRow } from './ArtifactRow';
import { FilterTabs } from './FilterTabs';
import { PreviewDialog } from './PreviewDialog';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { ListStatus } from './ListStatus';
import { Notices } from './Notices';
import { SelectionBar } from './SelectionBar';

interface Props {
  list: CachedList | null;
  refreshing: boolean;
  refreshError: ErrorInfo | null;
  removeArtifact(id: string): void;
  /** False when HQ did not grant conversations:write: no Delete buttons at all. */
  canDelete: boolean;
}

const FIRST_PAINT_ROWS = 30;
const SEARCH_ID = 'artifact-search';

export function ArtifactsView({ list, refreshing, refreshError, removeArtifact, canDelete }: Props) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  // By id, not index: a refresh or a delete must not swap the file under the person's eyes.
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<HqArtifact | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Paint a screenful first, the rest right after: the popup must feel instant with 500 rows.
  const [renderLimit, setRenderLimit] = useState(FIRST_PAINT_ROWS);
  useEffect(() => {
    if (renderLimit !== FIRST_PAINT_ROWS || !list) return;
    const timer = setTimeout(() => setRenderLimit(Infinity), 50);
    return () => clearTimeout(timer);
  }, [list !== null]);
  const now = useMemo(() => Date.now(), [list]);

  const artifacts = list?.artifacts ?? [];
  const visible = useMemo(() => filterArtifacts(artifacts, query, filter), [artifacts, query, filter]);
  const counts = useMemo(() => countByFilter(artifacts, query), [artifacts, query]);
  const visibleIds = useMemo(() => visible.map((a) => a.id), [visible]);
  const selection = useSelection(visibleIds);
  const focus = useRovingFocus(visible.length, listRef, SEARCH_ID);
  const previewIndex = previewId === null ? -1 : visibleIds.indexOf(previewId);

  const actions = useArtifactActions({
    removeArtifact,
    onDeleted(artifact) {
      // Focus moves to the deleted row's neighbour, or back to search when none is left.
      const index = visibleIds.indexOf(artifact.id);
      const remaining = visible.length - 1;
      requestAnimationFrame(() => (remaining > 0 ? focus.focusRow(Math.min(index, remaining - 1)) : focus.focusSearch()));
    },
  });

  // `npm run bench` measures time to the first rows in the document from this mark.
  useLayoutEffect(() => {
    if (visible.length > 0 && performance.getEntriesByName('hq:first-rows').length === 0) performance.mark('hq:first-rows');
  }, [visible.length > 0]);

  async function downloadSelected() {
    if (await actions.downloadZip(selection.selectedIds)) selection.clear();
  }

  function confirmDelete() {
    const artifact = confirming!;
    setConfirming(null);
    void actions.remove(artifact);
  }

  return (
    <>
      <div class="find">
        <label class="visually-hidden" for={SEARCH_ID}>Search artifacts</label>
        <input id={SEARCH_ID} type="search" placeholder="Search name, caption, conversation" autoComplete="off" spellcheck={false}
          value={query} autoFocus onInput={(e) => setQuery(e.currentTarget.value)} onKeyDown={focus.onSearchKeyDown}
          aria-controls="artifact-list" />
        <FilterTabs active={filter} counts={counts} onChange={(f) => { setFilter(f); focus.setFocusedIndex(0); }} />
      </div>

      <ListStatus list={list} refreshing={refreshing} error={refreshError} now={now} />

      {selection.selectedIds.length > 0 ? (
        <SelectionBar count={selection.selectedIds.length} zipStatus={actions.zipStatus}
          onDownloadZip={() => void downloadSelected()} onClear={selection.clear} />
      ) : null}

      <Notices notice={actions.notice} />

      {list && artifacts.length === 0 ? (
        <section class="empty-state"><h2>No artifacts yet</h2><p>When your agents deliver files in HQ conversations, they show up here.</p></section>
      ) : list && visible.length === 0 ? (
        <section class="empty-state"><h2>Nothing matches</h2><p>No {filter === 'all' ? '' : 'such '}artifacts match “{query}”.</p></section>
      ) : null}

      <ul id="artifact-list" class="artifact-list" role="list" aria-label="Artifacts" ref={listRef} onKeyDown={focus.onListKeyDown}
        hidden={visible.length === 0} aria-busy={visible.length > renderLimit}>
        {visible.slice(0, renderLimit).map((artifact, index) => (
          <ArtifactRow key={artifact.id} artifact={artifact} index={index} total={visible.length} focused={index === focus.focusedIndex}
            busy={actions.busyIds.has(artifact.id)} now={now} checked={selection.checked.has(artifact.id)}
            onCheck={(on, shift) => selection.toggle(artifact.id, on, shift)}
            onOpen={(i) => { focus.setFocusedIndex(i); setPreviewId(visibleIds[i] ?? null); }} onFocus={focus.setFocusedIndex}
            onDownload={actions.download} onDelete={canDelete ? setConfirming : null} />
        ))}
      </ul>

      {previewIndex >= 0 ? (
        <PreviewDialog artifacts={visible} index={previewIndex}
          onMove={(i) => { setPreviewId(visibleIds[i] ?? null); focus.setFocusedIndex(i); }}
          onClose={() => { setPreviewId(null); requestAnimationFrame(() => focus.focusRow(focus.focusedIndex)); }}
          onDownload={actions.download} />
      ) : null}
      {confirming ? <ConfirmDeleteDialog artifact={confirming} onConfirm={confirmDelete} onCancel={() => setConfirming(null)} /> : null}
    </>
  );
}
