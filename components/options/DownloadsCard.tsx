import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/messages';
import { readFolderPerConversation, writeFolderPerConversation } from '@/lib/file-jobs/download-preferences';
import { richText } from '@/components/shared/rich-text';

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
      <h2 id={`${id}-title`}>{t('options_downloadsTitle')}</h2>
      <div class="check-field">
        <input
          id={id}
          type="checkbox"
          checked={on === true}
          disabled={on === null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        <label for={id}>{t('options_folderPerConversation')}</label>
      </div>
      <p class="hint" id={`${id}-hint`}>
        {richText('options_folderHint', <code>{t('options_folderPattern')}</code>, t('folder_detached'))}
      </p>
      <p class="hint" aria-live="polite">
        {saved ? t('options_saved') : ''}
      </p>
    </section>
  );
}
