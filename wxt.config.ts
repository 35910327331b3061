import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts the production build may reach without asking: HQ's own.
const HQ_HOSTS = ['https://api.hq.zone/*', 'https://hq.zone/*', 'https://*.hq.zone/*'];
// Headless tests cannot answer permission prompts, so only the e2e build
// grants loopback up front; production asks at Connect time.
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

// Our pages load nothing from the network themselves. Sandboxed srcdoc
// previews inherit this policy from the page that embeds them, so untrusted
// HTML cannot load an image even before its own meta policy is parsed. The
// policy also binds the service worker, which must reach any HQ server the
// person configures: HTTPS, or loopback (see lib/connection/server-url.ts).
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "img-src 'self' data:",
  "media-src 'self' data:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "frame-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader should see where a name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // bench-blank.html is the yardstick for `npm run bench`; only the e2e build ships it.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      const index = entrypoints.findIndex((entrypoint) => entrypoint.name === 'bench-blank');
      if (index >= 0) entrypoints.splice(index, 1);
    },
  },
  manifest: ({ mode, browser }) => ({
    name: 'HQ Artifacts',
    description: "Reach the files HQ's AI agents deliver without leaving the page you are on.",
    permissions: ['storage', 'downloads', 'contextMenus', 'scripting', 'identity', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: mode === 'e2e' ? [...HQ_HOSTS, ...LOOPBACK_HOSTS] : HQ_HOSTS,
    optional_host_permissions: ['https://*/*', ...LOOPBACK_HOSTS],
    // Firefox's MV2 build keeps optional hosts in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', ...LOOPBACK_HOSTS] } : {}),
    action: { default_title: 'HQ Artifacts' },
    // URL.canParse (120); offscreen documents and fetch dropping Authorization on cross-origin redirects are older.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '120' }),
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The extension sends nothing anywhere but the HQ server the person configures.
            gecko: { id: 'hq-artifacts@hq.zone', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
