import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/messages';
import {
  readNotificationPreferences,
  writeNotificationPreference,
  type NotificationPreferences,
} from '@/lib/notifications/notification-preferences';

/** Which desktop notifications to show. Saved as soon as one is changed. */
export function NotificationsCard() {
  const id = useId();
  const [prefs, setPrefs] = useState<NotificationPreferences | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void readNotificationPreferences().then(setPrefs), []);

  async function change(which: keyof NotificationPreferences, on: boolean) {
    setPrefs((now) => now && { ...now, [which]: on });
    setSaved(false);
    await writeNotificationPreference(which, on);
    setSaved(true);
  }

  const field = (which: keyof NotificationPreferences, label: string, hint: string) => (
    <>
      <div class="check-field">
        <input
          id={`${id}-${which}`}
          type="checkbox"
          checked={prefs?.[which] === true}
          disabled={prefs === null}
          aria-describedby={`${id}-${which}-hint`}
          onChange={(e) => void change(which, e.currentTarget.checked)}
        />
        <label for={`${id}-${which}`}>{label}</label>
      </div>
      <p class="hint" id={`${id}-${which}-hint`}>
        {hint}
      </p>
    </>
  );

  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('options_notificationsTitle')}</h2>
      {field('jobs', t('options_notifyJobs'), t('options_notifyJobsHint'))}
      {field('newArtifacts', t('options_notifyNewArtifacts'), t('options_notifyNewArtifactsHint'))}
      <p class="hint" aria-live="polite">
        {saved ? t('options_saved') : ''}
      </p>
    </section>
  );
}
