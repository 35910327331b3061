import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/messages';
import { openShortcutSettings, readShortcuts, type ShortcutRow } from '@/lib/shortcuts/shortcut-list';

/** The keyboard shortcuts as the browser has them now, and the way to the browser's page for changing them. */
export function ShortcutsCard() {
  const id = useId();
  const [rows, setRows] = useState<ShortcutRow[] | null>(null);
  useEffect(() => {
    const read = () => void readShortcuts().then(setRows, () => setRows([]));
    read();
    // Changed in the browser's page meanwhile: show the keys it has now when the person comes back.
    const onFocus = () => read();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('options_shortcutsTitle')}</h2>
      <dl class="shortcuts">
        {(rows ?? []).map((row) => (
          <div key={row.name}>
            <dt>{row.description}</dt>
            <dd>
              {row.keys ? (
                <kbd dir="ltr" translate={false}>
                  {row.keys}
                </kbd>
              ) : (
                <span class="hint">{t('options_shortcutNotSet')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('options_shortcutsHint')}</p>
      <button type="button" class="button" onClick={() => void openShortcutSettings()}>
        {t('options_changeShortcuts')}
      </button>
    </section>
  );
}
