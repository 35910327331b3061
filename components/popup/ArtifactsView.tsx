import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { browser } from 'wxt/browser';
import type { CachedList } from '@/lib/cache/artifact-cache';
import { countByFilter, filterArtifacts, type FilterId } from '@/lib/artifacts/filter-artifacts';
import { describeError } from '@/lib/hq/describe-error';
import { sendMessage } from '@/lib/messages/send-message';
import type { ErrorInfo, ZipStatusNotice } from '@/lib/messages/protocol';
import { useSelection } from './use-selection';
import { ArtifactRow } from './ArtifactRow';
import { FilterTabs } from './FilterTabs';
import { PreviewDialog } from './PreviewDialog';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { ListStatus } from './ListStatus';

interface Props {
  list: CachedList | null;
  refreshing: boolean;
  refreshError: ErrorInfo | null;
  removeArtifact(id: string): void;
}

const FIRST_PAINT_ROWS = 30;

type Notice = { tone: 'status' | 'alert'; text: string } | null;

export function ArtifactsView({ list, refreshing, refreshError, removeArtifact }: Props) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  const [selected, setSelected] = useState(0);
  // By id, not index: a refresh or a delete must not swap the file under the person's eyes.
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [zipStatus, setZipStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<HqArtifact | null>(null);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>(null);
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
  const previewIndex = previewId === null ? -1 : visibleIds.indexOf(previewId);

  useEffect(() => {
    const onMessage = (message: unknown) => {
      const notice = message as Partial<ZipStatusNotice> | null;
      if (notice?.type === 'zip:status') setZipStatus(`Preparing ZIP… ${notice.done} / ${notice.total}`);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  // `npm run bench` measures time to the first rows in the document from this mark.
  useLayoutEffect(() => {
    if (visible.length > 0 && performance.getEntriesByName('hq:first-rows').length === 0) performance.mark('hq:first-rows');
  }, [visible.length > 0]);

  // Keep the selection inside the list when it shrinks (search, delete, refresh).
  useEffect(() => {
    if (selected >= visible.length) setSelected(Math.max(0, visible.length - 1));
  }, [visible.length]);

  function focusRow(index: number) {
    const clamped = Math.max(0, Math.min(index, visible.length - 1));
    setSelected(clamped);
    listRef.current?.querySelector<HTMLElement>(`[data-row-index="${clamped}"]`)?.focus();
  }

  function onSearchKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && visible.length > 0) {
      event.preventDefault();
      focusRow(0);
    }
  }

  function onListKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (!target.matches('.row-main')) return;
    const moves: Record<string, number> = { ArrowDown: selected + 1, ArrowUp: selected - 1, Home: 0, End: visible.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      if (event.key === 'ArrowUp' && selected === 0) {
        document.querySelector<HTMLInputElement>('#artifact-search')?.focus();
        return;
      }
      focusRow(moves[event.key]!);
    }
  }

  function setBusy(id: string, busy: boolean) {
    setBusyIds((ids) => {
      const next = new Set(ids);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function download(artifact: HqArtifact) {
    setBusy(artifact.id, true);
    setNotice({ tone: 'status', text: `Downloading ${artifact.name}…` });
    const reply = await sendMessage('artifacts:download', { artifactId: artifact.id, name: artifact.name });
    setBusy(artifact.id, false);
    if (reply.ok) {
      setNotice({ tone: 'status', text: `Saved ${reply.data.fileName} to your downloads.` });
    } else if (reply.error.kind === 'not_found') {
      removeArtifact(artifact.id);
      setNotice({ tone: 'alert', text: `${artifact.name} is no longer on HQ (it was deleted), so it was removed from the list.` });
    } else {
      setNotice({ tone: 'alert', text: `Could not download ${artifact.name}. ${describeError(reply.error)}` });
    }
  }

  async function confirmDelete() {
    const artifact = confirming!;
    setConfirming(null);
    setBusy(artifact.id, true);
    setNotice({ tone: 'status', text: `Deleting ${artifact.name}…` });
    const reply = await sendMessage('artifacts:delete', { artifactId: artifact.id });
    setBusy(artifact.id, false);
    if (reply.ok) {
      // Only now, with HQ's confirmation, does the row go; focus moves to its neighbour.
      const index = visibleIds.indexOf(artifact.id);
      removeArtifact(artifact.id);
      requestAnimationFrame(() => (visible.length > 1 ? focusRow(Math.min(index, visible.length - 2)) : document.getElementById('artifact-search')?.focus()));
      setNotice({ tone: 'status', text: reply.data.alreadyGone ? `${artifact.name} was already deleted.` : `Deleted ${artifact.name}.` });
    } else if (reply.error.kind === 'forbidden') {
      setNotice({ tone: 'alert', text: `This access token may not delete artifacts. Deleting needs a token with the conversations:write permission.` });
    } else {
      setNotice({ tone: 'alert', text: `Could not delete ${artifact.name}. ${describeError(reply.error)}` });
    }
  }

  async function downloadSelected() {
    const ids = selection.selectedIds;
    setZipStatus(`Preparing ZIP… 0 / ${ids.length}`);
    setNotice(null);
    const reply = await sendMessage('artifacts:download-zip', { artifactIds: ids });
    setZipStatus(null);
    if (reply.ok) {
      setNotice({ tone: 'status', text: `Saved ${reply.data.fileName} with ${reply.data.count} artifact${reply.data.count === 1 ? '' : 's'}.` });
      selection.clear();
    } else {
      setNotice({ tone: 'alert', text: `Could not make the ZIP. ${describeError(reply.error)}` });
    }
  }

  return (
    <>
      <div class="find">
        <label class="visually-hidden" for="artifact-search">Search artifacts</label>
        <input id="artifact-search" type="search" placeholder="Search name, caption, conversation" autoComplete="off" spellcheck={false}
          value={query} autoFocus onInput={(e) => setQuery(e.currentTarget.value)} onKeyDown={onSearchKeyDown}
          aria-controls="artifact-list" />
        <FilterTabs active={filter} counts={counts} onChange={(f) => { setFilter(f); setSelected(0); }} />
      </div>

      <ListStatus list={list} refreshing={refreshing} error={refreshError} now={now} />

      {selection.selectedIds.length > 0 ? (
        <div class="selection-bar" role="group" aria-label="Selected artifacts">
          <span>{selection.selectedIds.length} selected</span>
          <button type="button" class="button small primary" disabled={zipStatus !== null} onClick={() => void downloadSelected()}>
            {zipStatus ?? 'Download selected as ZIP'}
          </button>
          <button type="button" class="button small" onClick={selection.clear}>Clear</button>
        </div>
      ) : null}

      <div class="notices">
        <div role="status" aria-live="polite">{notice?.tone === 'status' ? <p class="notice info">{notice.text}</p> : null}</div>
        <div role="alert">{notice?.tone === 'alert' ? <p class="notice error">{notice.text}</p> : null}</div>
      </div>

      {list && artifacts.length === 0 ? (
        <section class="empty-state"><h2>No artifacts yet</h2><p>When your agents deliver files in HQ conversations, they show up here.</p></section>
      ) : list && visible.length === 0 ? (
        <section class="empty-state"><h2>Nothing matches</h2><p>No {filter === 'all' ? '' : 'such '}artifacts match “{query}”.</p></section>
      ) : null}

      <ul id="artifact-list" class="artifact-list" role="list" aria-label="Artifacts" ref={listRef} onKeyDown={onListKeyDown} hidden={visible.length === 0}
        aria-busy={visible.length > renderLimit}>
        {visible.slice(0, renderLimit).map((artifact, index) => (
          <ArtifactRow key={artifact.id} artifact={artifact} index={index} total={visible.length} selected={index === selected}
            busy={busyIds.has(artifact.id)} now={now} checked={selection.checked.has(artifact.id)}
            onCheck={(on, shift) => selection.toggle(artifact.id, on, shift)}
            onOpen={(i) => { setSelected(i); setPreviewId(visibleIds[i] ?? null); }} onSelect={setSelected}
            onDownload={download} onDelete={setConfirming} />
        ))}
      </ul>

      {previewIndex >= 0 ? (
        <PreviewDialog artifacts={visible} index={previewIndex}
          onMove={(i) => { setPreviewId(visibleIds[i] ?? null); setSelected(i); }}
          onClose={() => { setPreviewId(null); requestAnimationFrame(() => focusRow(selected)); }}
          onDownload={download} />
      ) : null}
      {confirming ? <ConfirmDeleteDialog artifact={confirming} onConfirm={confirmDelete} onCancel={() => setConfirming(null)} /> : null}
    </>
  );
}
