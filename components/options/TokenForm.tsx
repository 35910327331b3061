import { useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '@/lib/i18n/messages';

interface Props {
  connected: boolean;
  busy: boolean;
  /** Resolves true when connected (the field is then cleared). */
  onConnect(token: string): Promise<boolean>;
}

/** The alternative to signing in: a personal access token an HQ admin issued. */
export function TokenForm({ connected, busy, onConnect }: Props) {
  const [token, setToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const ids = { token: useId(), hint: useId() };

  async function onSubmit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await onConnect(token)) setToken('');
  }

  return (
    <details class="disclosure">
      <summary>{t('options_tokenSummary')}</summary>
      <form class="disclosure-body" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for={ids.token}>{t('options_tokenLabel')}</label>
          <div class="with-toggle">
            <input
              id={ids.token}
              name="token"
              type={showToken ? 'text' : 'password'}
              dir="ltr"
              autoComplete="off"
              spellcheck={false}
              aria-describedby={ids.hint}
              value={token}
              onInput={(e) => setToken(e.currentTarget.value)}
              // hq_pat_ is the prefix HQ gives every personal access token: not words.
              placeholder={connected ? t('options_tokenPlaceholderReplace') : 'hq_pat_…'}
            />
            <button
              type="button"
              class="button toggle"
              aria-label={t('options_showTokenLabel')}
              aria-pressed={showToken}
              onClick={() => setShowToken(!showToken)}
            >
              {showToken ? t('options_hideButton') : t('options_showButton')}
            </button>
          </div>
          <p class="hint" id={ids.hint}>
            {t('options_tokenHint')}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('options_connectButton')}
          </button>
        </div>
      </form>
    </details>
  );
}
