import { useEffect, useId, useState } from 'preact/hooks';
import { readFolderPerConversation, writeFolderPerConversation } from '@/lib/file-jobs/download-preferences';

/** How files are saved: flat in Downloads, or in a folder per conversation. Saved as soon as it is changed. */
export function DownloadsCard() {
  const id = useId();
  const [on, setOn] = useState<boolean | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void readFolderPerConversation().then(setOn), []);

  async function change(next: boolean) {
    setOn(next);
    setSaved(false);
    await writeFolderPerConversation(next);
    setSaved(true);
  }

  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Downloads</h2>
      <div class="check-field">
        <input
          id={id}
          type="checkbox"
          checked={on === true}
          disabled={on === null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        <label for={id}>Save into a folder per conversation</label>
      </div>
      <p class="hint" id={`${id}-hint`}>
        Files go to <code>Downloads/&lt;conversation title&gt;/&lt;file name&gt;</code>, and a ZIP of artifacts from
        several conversations has a folder for each. Files whose conversation was deleted go to “Detached artifacts”.
      </p>
      <p class="hint" aria-live="polite">
        {saved ? 'Saved.' : ''}
      </p>
    </section>
  );
}
