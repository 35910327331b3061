import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { CachedList } from '@/lib/model/cached-list';
import type { IndexStatus } from '@/lib/model/index-status';
import type { ReplyError } from '@/lib/messaging/errors';
import { countByFilter, filterArtifacts, type FilterId } from '@/lib/artifact-list/filter-artifacts';
import { rowOffsets, scrollToReveal, windowRange } from '@/lib/artifact-list/list-window';
import { useSelection } from './use-selection';
import { useRovingFocus } from './use-roving-focus';
import { useArtifactActions } from './use-artifact-actions';
import { useMediaQuery } from './use-media-query';
import { ArtifactRow, ROW_KEYS_HINT_ID } from './ArtifactRow';
import { FilterTabs } from './FilterTabs';
import { useLazyModule } from './use-lazy-module';
import { CloseIcon } from './icons';
import { ListStatus } from './ListStatus';
import { IndexProgress } from './IndexProgress';
import { Notices } from './Notices';
import { SelectionBar } from './SelectionBar';

interface Props {
  list: CachedList | null;
  refreshing: boolean;
  refreshError: ReplyError | null;
  removeArtifact(id: string): void;
  refresh(): void;
  indexStatus: IndexStatus | null;
  /** Why this connection may not delete (known scopes, or an earlier 403); null when it may. */
  deleteRefusal: string | null;
  webAppUrl: string;
  /** The full-tab view: wide enough, the preview sits beside the list instead of over it. */
  inTab: boolean;
  /** Only this conversation's artifacts ("Show" in the Conversations view), until cleared. */
  inConversation: { id: string; title: string } | null;
  onLeaveConversation(): void;
}

const FIRST_PAINT_ROWS = 30;
/** From this many rows only those in view are rendered (the whole workspace can be 10,000). */
const WINDOW_FROM = 1000;
/** Row heights in a windowed list, enforced by popup.css (.windowed .row). */
const ROW_HEIGHT = { plain: 54, captioned: 72 };
const SEARCH_ID = 'artifact-search';
/** From this width the tab view shows the list and a preview pane side by side. */
const SIDE_BY_SIDE = '(min-width: 900px)';

export function ArtifactsView({
  list,
  refreshing,
  refreshError,
  removeArtifact,
  refresh,
  indexStatus,
  webAppUrl,
  inTab,
  inConversation,
  onLeaveConversation,
  ...props
}: Props) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  // By id, not index: a refresh or a delete must not swap the file under the person's eyes.
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<HqArtifact | null>(null);
  const [deleteRefusal, setDeleteRefusal] = useState(props.deleteRefusal);
  const sideBySide = useMediaQuery(SIDE_BY_SIDE) && inTab;
  const listRef = useRef<HTMLUListElement>(null);
  // Paint a screenful first, the rest right after: the popup must feel instant with 500 rows.
  const [renderLimit, setRenderLimit] = useState(FIRST_PAINT_ROWS);
  useEffect(() => {
    if (renderLimit !== FIRST_PAINT_ROWS || !list) return;
    const timer = setTimeout(() => setRenderLimit(Infinity), 50);
    return () => clearTimeout(timer);
  }, [list !== null]);
  const now = useMemo(() => Date.now(), [list]);

  const all = list?.artifacts ?? [];
  const artifacts = useMemo(
    () => (inConversation ? all.filter((a) => a.conversation_id === inConversation.id) : all),
    [all, inConversation],
  );
  const visible = useMemo(() => filterArtifacts(artifacts, query, filter), [artifacts, query, filter]);
  const counts = useMemo(() => countByFilter(artifacts, query), [artifacts, query]);
  const visibleIds = useMemo(() => visible.map((a) => a.id), [visible]);
  const selection = useSelection(visibleIds);
  const previewIndex = previewId === null ? -1 : visibleIds.indexOf(previewId);

  const actions = useArtifactActions({
    removeArtifact,
    onDeleted(artifact) {
      // Focus moves to the deleted row's neighbour, or back to search when none is left.
      const index = visibleIds.indexOf(artifact.id);
      const remaining = visible.length - 1;
      if (previewId === artifact.id) setPreviewId(null);
      requestAnimationFrame(() =>
        remaining > 0 ? focus.focusRow(Math.min(index, remaining - 1)) : focus.focusSearch(),
      );
    },
    onDeleteRefused: setDeleteRefusal,
  });

  function askToDelete(artifact: HqArtifact) {
    if (deleteRefusal)
      actions.setNotice({ tone: 'alert', text: `${artifact.name} cannot be deleted. ${deleteRefusal}` });
    else setConfirming(artifact);
  }

  const windowed = visible.length >= WINDOW_FROM;
  const offsets = useMemo(
    () => (windowed ? rowOffsets(visible.map((a) => (a.caption ? ROW_HEIGHT.captioned : ROW_HEIGHT.plain))) : []),
    [visible, windowed],
  );
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const measure = () => setViewport({ top: list.scrollTop, height: list.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [windowed]);
  const range = windowed
    ? windowRange(offsets, viewport.top, viewport.height)
    : { start: 0, end: Math.min(renderLimit, visible.length) };

  function reveal(index: number): boolean {
    const list = listRef.current;
    if (!windowed || !list) return false;
    const top = scrollToReveal(offsets, index, list.scrollTop, list.clientHeight);
    if (top === null) return false;
    list.scrollTop = top;
    setViewport({ top, height: list.clientHeight });
    return true;
  }

  const focus = useRovingFocus(
    visible.length,
    listRef,
    SEARCH_ID,
    {
      toggleSelected: (index, extendRange) => {
        const id = visibleIds[index];
        if (id) selection.toggle(id, !selection.checked.has(id), extendRange);
      },
      remove: (index) => {
        const artifact = visible[index];
        if (artifact && !actions.busyIds.has(artifact.id)) askToDelete(artifact);
      },
      selectAll: selection.selectAll,
    },
    reveal,
  );

  function open(index: number) {
    focus.setFocusedIndex(index);
    setPreviewId(visibleIds[index] ?? null);
  }

  // Side by side, the pane follows the keyboard once something is open in it.
  useEffect(() => {
    if (sideBySide && previewId !== null && visibleIds[focus.focusedIndex])
      setPreviewId(visibleIds[focus.focusedIndex]!);
  }, [focus.focusedIndex]);

  // `npm run bench` measures time to the first rows in the document from this mark.
  useLayoutEffect(() => {
    if (visible.length > 0 && performance.getEntriesByName('hq:first-rows').length === 0)
      performance.mark('hq:first-rows');
  }, [visible.length > 0]);

  async function downloadSelected() {
    if (await actions.downloadZip(selection.selectedIds)) selection.clear();
  }

  function confirmDelete() {
    const artifact = confirming!;
    setConfirming(null);
    void actions.remove(artifact);
  }

  // The list keeps its one Tab stop even when the focused row is scrolled out of a windowed list.
  const tabRow = focus.focusedIndex >= range.start && focus.focusedIndex < range.end ? focus.focusedIndex : range.start;
  const previewed = previewIndex >= 0 ? visible[previewIndex] : undefined;
  const views = useLazyModule(() => import('./lazy-views'), previewed !== undefined || confirming !== null);
  const hasArtifacts = artifacts.length > 0;

  return (
    <div class={`artifacts${sideBySide ? ' side-by-side' : ''}`}>
      <div class="browse">
        <div class="find">
          <label class="visually-hidden" for={SEARCH_ID}>
            Search artifacts
          </label>
          <input
            id={SEARCH_ID}
            type="search"
            placeholder="Search name, caption, conversation"
            autoComplete="off"
            spellcheck={false}
            value={query}
            autoFocus
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={focus.onSearchKeyDown}
            aria-controls="artifact-list"
            disabled={!hasArtifacts && !query}
          />
          {hasArtifacts ? (
            <FilterTabs
              active={filter}
              counts={list?.partialOf ? null : counts}
              onChange={(f) => {
                setFilter(f);
                focus.setFocusedIndex(0);
              }}
            />
          ) : null}
        </div>

        {inConversation ? (
          <p class="conversation-filter">
            <span>In “{inConversation.title}”</span>
            <button
              type="button"
              class="icon-button small"
              aria-label="Show all artifacts"
              title="Show all artifacts"
              onClick={onLeaveConversation}
            >
              <CloseIcon />
            </button>
          </p>
        ) : null}
        <ListStatus list={list} refreshing={refreshing} error={refreshError} now={now} onRetry={refresh} />

        {selection.selectedIds.length > 0 ? (
          <SelectionBar
            count={selection.selectedIds.length}
            zipStatus={actions.zipStatus}
            onDownloadZip={() => void downloadSelected()}
            onClear={selection.clear}
          />
        ) : null}

        <Notices notice={actions.notice} onDismiss={() => actions.setNotice(null)} />

        {list && !hasArtifacts && !refreshError ? (
          <section class="empty-state">
            <h2>No artifacts yet</h2>
            <p>When your agents deliver files in HQ conversations, they show up here.</p>
          </section>
        ) : list && hasArtifacts && visible.length === 0 ? (
          <section class="empty-state">
            <h2>Nothing matches</h2>
            <p>
              No {filter === 'all' ? '' : 'such '}artifacts match “{query}”.
            </p>
          </section>
        ) : null}

        <p id={ROW_KEYS_HINT_ID} hidden>
          Enter to preview, Space to select, Delete to delete, right arrow for the row’s link and buttons.
        </p>
        <ul
          id="artifact-list"
          class={`artifact-list${windowed ? ' windowed' : ''}`}
          role="list"
          aria-label="Artifacts"
          ref={listRef}
          onKeyDown={focus.onListKeyDown}
          hidden={visible.length === 0}
          aria-busy={!!list?.partialOf || (!windowed && visible.length > renderLimit)}
          onScroll={
            windowed
              ? (e) => setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
              : undefined
          }
        >
          {windowed ? <li class="spacer" aria-hidden="true" style={{ height: `${offsets[range.start]}px` }} /> : null}
          {visible.slice(range.start, range.end).map((artifact, i) => {
            const index = range.start + i;
            return (
              <ArtifactRow
                key={artifact.id}
                artifact={artifact}
                index={index}
                total={visible.length}
                focused={index === tabRow}
                current={sideBySide && artifact.id === previewId}
                busy={actions.busyIds.has(artifact.id)}
                now={now}
                webAppUrl={webAppUrl}
                checked={selection.checked.has(artifact.id)}
                deleteRefusal={deleteRefusal}
                onCheck={(on, shift) => selection.toggle(artifact.id, on, shift)}
                onOpen={open}
                onFocus={focus.setFocusedIndex}
                onDownload={actions.download}
                onDelete={askToDelete}
              />
            );
          })}
          {windowed ? (
            <li class="spacer" aria-hidden="true" style={{ height: `${offsets.at(-1)! - offsets[range.end]!}px` }} />
          ) : null}
        </ul>
        {/* Below the list: coming and going, it never moves a row under the pointer. */}
        <IndexProgress status={indexStatus} />
      </div>

      {sideBySide ? (
        <aside class="preview-pane" aria-label="Preview">
          {previewed && views ? (
            <views.PreviewDetails
              artifact={previewed}
              webAppUrl={webAppUrl}
              titleId="pane-title"
              onDownload={actions.download}
            />
          ) : (
            <div class="preview-message">
              <p>{hasArtifacts ? 'Choose an artifact to preview it here.' : ''}</p>
            </div>
          )}
        </aside>
      ) : previewed && views ? (
        <views.PreviewDialog
          artifacts={visible}
          index={previewIndex}
          webAppUrl={webAppUrl}
          onMove={(i) => {
            setPreviewId(visibleIds[i] ?? null);
            focus.setFocusedIndex(i);
          }}
          onClose={() => {
            setPreviewId(null);
            requestAnimationFrame(() => focus.focusRow(focus.focusedIndex));
          }}
          onDownload={actions.download}
        />
      ) : null}
      {confirming && views ? (
        <views.ConfirmDeleteDialog
          artifact={confirming}
          onConfirm={confirmDelete}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
