import type { ArtifactKind } from '@/lib/artifact-list/artifact-kind';
import './artifact-icon.css';

/** A coloured tile with the file type's short label. Decorative: the row says the name. */
export function ArtifactIcon({ kind }: { kind: ArtifactKind }) {
  return (
    // A file type (PNG, PY) reads the same in every language.
    <span class={`type-icon group-${kind.group}`} aria-hidden="true" translate={false}>
      {kind.label}
    </span>
  );
}
