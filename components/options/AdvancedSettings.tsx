import { useId } from 'preact/hooks';
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
      <summary>Advanced</summary>
      <div class="disclosure-body">
        <div class="field">
          <label for={ids.server}>Server URL</label>
          <input
            id={ids.server}
            name="serverUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            value={addresses.serverUrl}
            onInput={set('serverUrl')}
            placeholder="https://api.hq.zone"
          />
          <p class="hint">The address of HQ's API. Change it only for a self-hosted or staging server.</p>
        </div>
        <div class="field">
          <label for={ids.webApp}>Web app URL</label>
          <input
            id={ids.webApp}
            name="webAppUrl"
            type="url"
            inputMode="url"
            spellcheck={false}
            value={addresses.webAppUrl}
            onInput={set('webAppUrl')}
            placeholder="https://hq.zone"
          />
          <p class="hint">
            Where you read conversations. The extension adds its artifacts panel to those pages, and only those.
          </p>
        </div>
        <div class="field">
          <label for={ids.client}>OAuth client ID</label>
          <input
            id={ids.client}
            name="clientId"
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={addresses.clientId}
            onInput={set('clientId')}
          />
          <p class="hint">
            The ID HQ registered for this extension. A self-hosted HQ registers its own; your HQ admin has it.
          </p>
        </div>
      </div>
    </details>
  );
}
