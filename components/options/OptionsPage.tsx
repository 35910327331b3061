import { HqLogo } from '@/components/shared/HqLogo';
import { t } from '@/lib/i18n/messages';
import { ConnectionCard } from './ConnectionCard';
import { DownloadsCard } from './DownloadsCard';
import { NotificationsCard } from './NotificationsCard';
import { ShortcutsCard } from './ShortcutsCard';
import { richText } from '@/components/shared/rich-text';

export function OptionsPage() {
  return (
    <main class="page">
      <header class="page-head">
        <HqLogo size={36} />
        <div>
          <h1>{t('extName')}</h1>
          <p class="subtitle">{t('options_subtitle')}</p>
        </div>
      </header>
      <ConnectionCard />
      <DownloadsCard />
      <NotificationsCard />
      <ShortcutsCard />
      <section class="card help" aria-labelledby="help-title">
        <h2 id="help-title">{t('options_helpTitle')}</h2>
        <ol>
          <li>{richText('options_helpSignIn', <strong>{t('options_signInButton')}</strong>)}</li>
          <li>
            {richText(
              'options_helpToken',
              <code>conversations:read</code>,
              <code>conversations:write</code>,
              <strong>{t('options_tokenSummary')}</strong>,
            )}
          </li>
          <li>{richText('options_helpSelfHosted', <strong>{t('options_advancedSummary')}</strong>)}</li>
        </ol>
      </section>
    </main>
  );
}
