import { useId } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/messages';
import { DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL } from '@/lib/hq/hq-assumptions';
import type { Addresses } from './use-connection';

interface Props {
  addresses: Addresses;
  open: boolean;
  onChange(addresses: Addresses): void;
}

/** Where HQ is and which OAuth client to sign in as: only self-hosted or staging HQ needs these changed. */
export function AdvancedSettings({ addresses, open, onChange }: Props) {
  const field = (key: keyof Addresses) => ({
    value: addresses[key],
    onInput: (value: string) => onChange({ ...addresses, [key]: value }),
  });
  return (
    <details class="disclosure" open={open}>
      <summary>{t('options_advancedSummary')}</summary>
      <div class="disclosure-body">
        <AddressField
          {...field('serverUrl')}
          name="serverUrl"
          label="connection_serverUrlField"
          hint="options_serverUrlHint"
          type="url"
          autoComplete="url"
          placeholder={DEFAULT_SERVER_URL}
        />
        <AddressField
          {...field('webAppUrl')}
          name="webAppUrl"
          label="connection_webAppUrlField"
          hint="options_webAppUrlHint"
          type="url"
          placeholder={DEFAULT_WEB_APP_URL}
        />
        <AddressField
          {...field('clientId')}
          name="clientId"
          label="options_clientIdLabel"
          hint="options_clientIdHint"
          type="text"
          autoComplete="off"
        />
      </div>
    </details>
  );
}

interface FieldProps {
  name: string;
  label: MessageKey;
  hint: MessageKey;
  type: 'url' | 'text';
  value: string;
  onInput(value: string): void;
  autoComplete?: string;
  placeholder?: string;
}

/** A labelled address or ID with its hint: left to right in every language, as addresses and IDs are. */
function AddressField({ name, label, hint, type, value, onInput, autoComplete, placeholder }: FieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        name={name}
        type={type}
        dir="ltr"
        {...(type === 'url' ? { inputMode: 'url' as const } : {})}
        {...(autoComplete ? { autoComplete } : {})}
        {...(placeholder ? { placeholder } : {})}
        spellcheck={false}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p class="hint">{t(hint)}</p>
    </div>
  );
}
