import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HqArtifact } from '@/lib/hq/hq-types';
import type { CachedList } from '@/lib/cache/artifact-cache';
import { countByFilter, filterArtifacts, type FilterId } from '@/lib/artifacts/filter-artifacts';
import { describeError } from '@/lib/hq/describe-error';
import { sendMessage } from '@/lib/messages/send-message';
import type { ErrorInfo } from '@/lib/messages/protocol';
import { ArtifactRow } from './ArtifactRow';
import { FilterTabs } from './FilterTabs';
import { PreviewDialog } from './PreviewDialog';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { ListStatus } from './ListStatus';

interface Props {
  list: CachedList | null;
  refreshing: boolean;
  refreshError: ErrorInfo | null;
  setList(list: CachedList): void;
}

const FIRST_PAINT_ROWS = 30;

type Notice = { tone: 'status' | 'alert'; text: string } | null;

export function ArtifactsView({ list, refreshing, refreshError, setList }: Props) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  const [selected, setSelected] = useState(0);
  const [previewIndex, setPreviewIndex] = useState<number | null>(null);
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

  // `npm run bench` measures time to the first painted rows from this mark.
  useEffect(() => {
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
      removeLocally(artifact.id);
      setNotice({ tone: 'alert', text: `${artifact.name} is no longer on HQ (it was deleted), so it was removed from the list.` });
    } else {
      setNotice({ tone: 'alert', text: `Could not download ${artifact.name}. ${describeError(reply.error)}` });
    }
  }

  function removeLocally(id: string) {
    if (list) setList({ ...list, artifacts: list.artifacts.filter((a) => a.id !== id) });
  }

  async function confirmDelete() {
    const artifact = confirming!;
    setConfirming(null);
    setBusy(artifact.id, true);
    setNotice({ tone: 'status', text: `Deleting ${artifact.name}…` });
    const reply = await sendMessage('artifacts:delete', { artifactId: artifact.id });
    setBusy(artifact.id, false);
    if (reply.ok) {
      // Only now, with HQ's confirmation, does the row go.
      removeLocally(artifact.id);
      setNotice({ tone: 'status', text: reply.data.alreadyGone ? `${artifact.name} was already deleted.` : `Deleted ${artifact.name}.` });
    } else if (reply.error.kind === 'forbidden') {
      setNotice({ tone: 'alert', text: `This access token may not delete artifacts. Deleting needs a token with the conversations:write permission.` });
    } else {
      setNotice({ tone: 'alert', text: `Could not delete ${artifact.name}. ${describeError(reply.error)}` });
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

      <div class="notices">
        <div role="status" aria-live="polite">{notice?.tone === 'status' ? <p class="notice info">{notice.text}</p> : null}</div>
        <div role="alert">{notice?.tone === 'alert' ? <p class="notice error">{notice.text}</p> : null}</div>
      </div>

      {list && artifacts.length === 0 ? (
        <section class="empty-state"><h2>No artifacts yet</h2><p>When your agents deliver files in HQ conversations, they show up here.</p></section>
      ) : list && visible.length === 0 ? (
        <section class="empty-state"><h2>Nothing matches</h2><p>No {filter === 'all' ? '' : 'such '}artifacts match “{query}”.</p></section>
      ) : null}

      <ul id="artifact-list" class="artifact-list" role="list" aria-label="Artifacts" ref={listRef} onKeyDown={onListKeyDown} hidden={visible.length === 0}>
        {visible.slice(0, renderLimit).map((artifact, index) => (
          <ArtifactRow key={artifact.id} artifact={artifact} index={index} total={visible.length} selected={index === selected}
            busy={busyIds.has(artifact.id)} now={now}
            onOpen={(i) => { setSelected(i); setPreviewIndex(i); }} onSelect={setSelected}
            onDownload={download} onDelete={setConfirming} />
        ))}
      </ul>

      {previewIndex !== null ? (
        <PreviewDialog artifacts={visible} index={previewIndex}
          onMove={(i) => { setPreviewIndex(i); setSelected(i); }}
          onClose={() => { setPreviewIndex(null); requestAnimationFrame(() => focusRow(selected)); }}
          onDownload={download} />
      ) : null}
      {confirming ? <ConfirmDeleteDialog artifact={confirming} onConfirm={confirmDelete} onCancel={() => setConfirming(null)} /> : null}
    </>
  );
}
