import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts the production build may reach without asking: HQ's own.
const HQ_HOSTS = ['https://api.hq.zone/*', 'https://hq.zone/*', 'https://*.hq.zone/*'];
// Headless tests cannot answer permission prompts, so only the e2e build
// grants loopback up front; production asks at Connect time.
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader should see where a name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: 'HQ Artifacts',
    description: "Reach the files HQ's AI agents deliver without leaving the page you are on.",
    permissions: ['storage', 'downloads', 'contextMenus'],
    host_permissions: mode === 'e2e' ? [...HQ_HOSTS, ...LOOPBACK_HOSTS] : HQ_HOSTS,
    optional_host_permissions: ['https://*/*', ...LOOPBACK_HOSTS],
    action: { default_title: 'HQ Artifacts' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'hq-artifacts@hq.zone', strict_min_version: '128.0' } } }
      : {}),
  }),
});
