import { HqLogo } from '@/components/shared/HqLogo';
import { ConnectionCard } from './ConnectionCard';
import { DownloadsCard } from './DownloadsCard';

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
      <ConnectionCard />
      <DownloadsCard />
      <section class="card help" aria-labelledby="help-title">
        <h2 id="help-title">How connecting works</h2>
        <ol>
          <li>
            <strong>Sign in with HQ</strong> opens HQ's own sign-in page. The first time, HQ asks whether HQ Artifacts
            may read your conversations (and delete artifacts, if your account may). Nothing is saved until HQ says who
            you are.
          </li>
          <li>
            No sign-in available? A workspace admin can issue a personal access token with the{' '}
            <code>conversations:read</code> scope (add <code>conversations:write</code> to delete artifacts). Paste it
            under <strong>Use an access token instead</strong>.
          </li>
          <li>
            Self-hosted or staging HQ: set its addresses and the OAuth client ID it registered under{' '}
            <strong>Advanced</strong>.
          </li>
        </ol>
      </section>
    </main>
  );
}
