import { HqLogo } from '../HqLogo';
import { ConnectionForm } from './ConnectionForm';

export function OptionsPage() {
  return (
    <main class="page">
      <header class="page-head">
        <HqLogo size={36} />
        <div>
          <h1>HQ Artifacts</h1>
          <p class="subtitle">The files your HQ agents deliver, one click away.</p>
        </div>
      </header>
      <ConnectionForm />
      <section class="card help" aria-labelledby="help-title">
        <h2 id="help-title">Getting a token</h2>
        <ol>
          <li>In HQ, open <strong>Settings → Access tokens</strong> and create a personal access token with the <code>conversations:read</code> scope (add <code>conversations:write</code> to delete artifacts from the extension).</li>
          <li>Paste it above and choose <strong>Connect</strong>. The extension checks it with HQ before saving anything.</li>
        </ol>
      </section>
    </main>
  );
}
