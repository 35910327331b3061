import type { ComponentChildren } from 'preact';
import './rows.css';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { t } from '@/lib/i18n/messages';
import { ROW_KEYS_HINT_ID } from './ArtifactRow';
import type { ListWindow } from './use-list-window';

interface Props {
  artifacts: HqArtifact[];
  /** Which rows are in the document (use-list-window). */
  rows: ListWindow;
  focusedIndex: number;
  /** Rows are still coming (the first screenful, or the first part of the cached list). */
  busy: boolean;
  onKeyDown(event: KeyboardEvent): void;
  renderRow(artifact: HqArtifact, index: number, focused: boolean): ComponentChildren;
}

/** The list (one Tab stop, rows reached with the arrow keys) and the hint its rows point to. */
export function ArtifactList({ artifacts, rows, focusedIndex, busy, onKeyDown, renderRow }: Props) {
  const { windowed, offsets, range } = rows;
  // The list keeps its one Tab stop even when the focused row is scrolled out of a windowed list.
  const tabRow = focusedIndex >= range.start && focusedIndex < range.end ? focusedIndex : range.start;
  return (
    <>
      <p id={ROW_KEYS_HINT_ID} hidden>
        {t('popup_rowKeysHint')}
      </p>
      <ul
        id="artifact-list"
        class={`artifact-list${windowed ? ' windowed' : ''}`}
        role="list"
        aria-label={t('popup_artifactListLabel')}
        ref={rows.listRef}
        onKeyDown={onKeyDown}
        hidden={artifacts.length === 0}
        aria-busy={busy}
        onScroll={rows.onScroll}
      >
        {windowed ? <li class="spacer" aria-hidden="true" style={{ height: `${offsets[range.start]}px` }} /> : null}
        {artifacts.slice(range.start, range.end).map((artifact, i) => {
          const index = range.start + i;
          return renderRow(artifact, index, index === tabRow);
        })}
        {windowed ? (
          <li class="spacer" aria-hidden="true" style={{ height: `${offsets.at(-1)! - offsets[range.end]!}px` }} />
        ) : null}
      </ul>
    </>
  );
}
