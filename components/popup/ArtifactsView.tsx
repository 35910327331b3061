import './view-layout.css';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { CachedList } from '@/lib/model/cached-list';
import type { IndexStatus } from '@/lib/model/index-status';
import type { ReplyError } from '@/lib/messaging/errors';
import { useArtifactSearch } from './use-artifact-search';
import { useSelection } from './use-selection';
import { useListNow } from './use-list-now';
import { useFirstPaint } from './use-first-paint';
import { useListWindow } from './use-list-window';
import { useDeleteConfirmation } from './use-delete-confirmation';
import { useArtifactActions } from './use-artifact-actions';
import { useRovingFocus } from './use-roving-focus';
import { usePreviewChoice } from './use-preview-choice';
import { ArtifactSearch, SEARCH_ID } from './ArtifactSearch';
import { ConversationFilter } from './ConversationFilter';
import { ListStatus } from './ListStatus';
import { SelectionBar } from './SelectionBar';
import { Notices } from './Notices';
import { ListEmpty } from './ListEmpty';
import { ArtifactList } from './ArtifactList';
import { ArtifactRow } from './ArtifactRow';
import { IndexProgress } from './IndexProgress';
import { NotDownloadedFilter } from './NotDownloadedFilter';
import { LazyArtifactViews } from './LazyArtifactViews';

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
  /** Arrived since the person last looked. */
  newIds: ReadonlySet<string>;
  /** Saved here before (for "Not downloaded yet"); null until read. */
  saved: ReadonlySet<string> | null;
}

/** The Artifacts view: search, filters, the list and what it does, and the preview. */
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
  newIds,
  saved,
  ...props
}: Props) {
  const search = useArtifactSearch(list, inConversation, saved);
  const { visible, visibleIds } = search;
  const hasArtifacts = search.artifacts.length > 0;
  const selection = useSelection(visibleIds);
  const now = useListNow(list);
  const renderLimit = useFirstPaint(list !== null, visible.length > 0);
  const rows = useListWindow(visible, renderLimit);
  const deletion = useDeleteConfirmation(props.deleteRefusal);
  const actions = useArtifactActions({
    removeArtifact,
    onDeleted(artifact) {
      preview.forget(artifact.id);
      focus.focusAfterRemoval(visibleIds.indexOf(artifact.id));
    },
    onDeleteRefused: deletion.refuse,
  });
  const askToDelete = (artifact: HqArtifact) => deletion.ask(artifact, actions.setNotice);
  const focus = useRovingFocus(
    visible.length,
    rows.listRef,
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
    rows.reveal,
  );
  const preview = usePreviewChoice(visibleIds, focus, inTab);

  async function downloadSelected() {
    if (await actions.downloadZip(selection.selectedIds)) selection.clear();
  }

  return (
    <div class={`artifacts${preview.sideBySide ? ' side-by-side' : ''}`}>
      <div class="browse">
        <ArtifactSearch
          query={search.query}
          onQuery={search.setQuery}
          onKeyDown={focus.onSearchKeyDown}
          disabled={!hasArtifacts && !search.query}
          filters={
            hasArtifacts
              ? {
                  active: search.filter,
                  counts: list?.partialOf ? null : search.counts,
                  onChange: (filter) => {
                    search.setFilter(filter);
                    focus.setFocusedIndex(0);
                  },
                }
              : null
          }
        />
        {hasArtifacts && !list?.partialOf ? (
          <NotDownloadedFilter
            search={search}
            zipStatus={actions.zipStatus}
            onToggled={() => focus.setFocusedIndex(0)}
            onDownloadZip={() => void actions.downloadZip(visibleIds)}
          />
        ) : null}
        {inConversation ? <ConversationFilter title={inConversation.title} onLeave={onLeaveConversation} /> : null}
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
        <ListEmpty
          loaded={list !== null}
          hasArtifacts={hasArtifacts}
          failed={refreshError !== null}
          matching={visible.length}
          filter={search.filter}
          query={search.query}
          notDownloaded={search.notDownloaded}
        />
        <ArtifactList
          artifacts={visible}
          rows={rows}
          focusedIndex={focus.focusedIndex}
          busy={!!list?.partialOf || (!rows.windowed && visible.length > renderLimit)}
          onKeyDown={focus.onListKeyDown}
          renderRow={(artifact, index, focused) => (
            <ArtifactRow
              key={artifact.id}
              artifact={artifact}
              index={index}
              total={visible.length}
              focused={focused}
              current={preview.sideBySide && artifact.id === preview.previewId}
              busy={actions.busyIds.has(artifact.id)}
              now={now}
              webAppUrl={webAppUrl}
              checked={selection.checked.has(artifact.id)}
              isNew={newIds.has(artifact.id)}
              deleteRefusal={deletion.refusal}
              onCheck={(on, shift) => selection.toggle(artifact.id, on, shift)}
              onOpen={preview.open}
              onFocus={focus.setFocusedIndex}
              onDownload={actions.download}
              onDelete={askToDelete}
            />
          )}
        />
        {/* Below the list, and its place kept once shown (IndexProgress): the list's height moves rows at its end. */}
        <IndexProgress status={indexStatus} />
      </div>
      <LazyArtifactViews
        sideBySide={preview.sideBySide}
        artifacts={visible}
        index={preview.index}
        hasArtifacts={hasArtifacts}
        webAppUrl={webAppUrl}
        confirming={deletion.confirming}
        onMove={preview.move}
        onClose={preview.close}
        onDownload={actions.download}
        onConfirmDelete={() => deletion.confirm(actions.remove)}
        onCancelDelete={deletion.cancel}
      />
    </div>
  );
}
