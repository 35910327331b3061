import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n/messages';
import type { Addresses } from './use-connection';

interface Props {
  addresses: Addresses;
  open: boolean;
  onChange(addresses: Addresses): void;
}

/** Where HQ is and which OAuth client to sign in as: only self-hosted or staging HQ needs these changed. */
export function AdvancedSettings({ addresses, open, onChange }: Props) {
  const ids = { server: useId(), webApp: useId(), client: useId() };
  const set = (key: keyof Addresses) => (event: { currentTarget: HTMLInputElement }) =>
    onChange({ ...addresses, [key]: event.currentTarget.value });
  return (
    <details class="disclosure" open={open}>
      <summary>{t('options_advancedSummary')}</summary>
      <div class="disclosure-body">
        <div class="field">
          <label for={ids.server}>{t('connection_serverUrlField')}</label>
          <input
            id={ids.server}
            name="serverUrl"
            type="url"
            dir="ltr"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            value={addresses.serverUrl}
            onInput={set('serverUrl')}
            placeholder="https://api.hq.zone"
          />
          <p class="hint">{t('options_serverUrlHint')}</p>
        </div>
        <div class="field">
          <label for={ids.webApp}>{t('connection_webAppUrlField')}</label>
          <input
            id={ids.webApp}
            name="webAppUrl"
            type="url"
            dir="ltr"
            inputMode="url"
            spellcheck={false}
            value={addresses.webAppUrl}
            onInput={set('webAppUrl')}
            placeholder="https://hq.zone"
          />
          <p class="hint">{t('options_webAppUrlHint')}</p>
        </div>
        <div class="field">
          <label for={ids.client}>{t('options_clientIdLabel')}</label>
          <input
            id={ids.client}
            name="clientId"
            type="text"
            dir="ltr"
            autoComplete="off"
            spellcheck={false}
            value={addresses.clientId}
            onInput={set('clientId')}
          />
          <p class="hint">{t('options_clientIdHint')}</p>
        </div>
      </div>
    </details>
  );
}
