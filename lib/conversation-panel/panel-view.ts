import type { PanelArtifact } from '@/lib/model/panel-artifact';

/** What the panel asks of the extension: the background does the work and words the outcome. */
export interface PanelActions {
  /** null once saved, else why not in words. */
  downloadOne(artifact: PanelArtifact): Promise<string | null>;
  /** What to tell the person once it is done: saved (and what is missing), or why not. */
  downloadAll(): Promise<{ tone: 'status' | 'alert'; text: string }>;
  /** The person opened the list: these are seen (the toolbar badge counts them no more). */
  seen(artifactIds: string[]): void;
}

/** The in-page panel as the content script drives it (components/conversation-panel draws it). */
export interface PanelView {
  mount(): void;
  destroy(): void;
  /** `arrived`: ids that were not in the list the panel showed before (they are marked new). */
  setArtifacts(artifacts: PanelArtifact[], unlisted: string | null, arrived?: ReadonlySet<string>): void;
  showMessage(tone: 'status' | 'alert', text: string): void;
  setZipProgress(done: number, total: number): void;
}
