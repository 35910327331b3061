import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { vendorPatches } from './build/vendor-patches';
import { popupInOneFile } from './build/popup-in-one-file';
import { readFileSync } from 'node:fs';
import { pseudoCatalogue } from './build/pseudo-locale';
import { DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL } from './lib/hq/hq-assumptions';

// Hosts the production build may reach without asking: exactly the default API and web app, no other
// subdomain (another HQ subdomain is another site). A custom server or web app asks at Connect time.
const HQ_HOSTS = [DEFAULT_SERVER_URL, DEFAULT_WEB_APP_URL].map((url) => `${new URL(url).origin}/*`);
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
  // Inline styles: the popup's are in its page (build/popup-in-one-file.ts), and components set some.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "frame-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

// `npm run build:pseudo`: the e2e build with every catalogue replaced by the pseudo-locale (build/pseudo-locale.ts).
const PSEUDO_LOCALE = process.env.HQ_PSEUDO_LOCALE === '1';

export default defineConfig({
  ...(PSEUDO_LOCALE ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e-pseudo' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader should see where a name comes from.
  imports: false,
  // Firefox too (WXT would build it as MV2): one manifest version, one code path.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), vendorPatches(), popupInOneFile()],
    resolve: {
      alias: {
        // Its browser build decodes entities by assigning innerHTML; Node's resolution picks the plain build, which uses a table.
        'decode-named-character-reference': fileURLToPath(import.meta.resolve('decode-named-character-reference')),
      },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      if (!PSEUDO_LOCALE) return;
      const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
      const contents = JSON.stringify(pseudoCatalogue(english));
      files.forEach((file, index) => {
        if (/^_locales\/[^/]+\/messages\.json$/.test(file.relativeDest)) {
          files[index] = { relativeDest: file.relativeDest, contents };
        }
      });
    },
    // The popup is built on its own, so the code of its first paint is one file, not chunks it shares with the
    // other pages (build/popup-in-one-file.ts).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        const index = Array.isArray(group) ? group.findIndex((entry) => entry.name === 'popup') : -1;
        if (Array.isArray(group) && index >= 0 && group.length > 1) groups.push(group.splice(index, 1));
      }
    },
    // bench-blank.html (the yardstick) and bench-zip.html (ZIP stages) serve `npm run bench`; only the e2e build ships them.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      for (let index = entrypoints.length - 1; index >= 0; index--) {
        if (entrypoints[index]!.name.startsWith('bench-')) entrypoints.splice(index, 1);
      }
    },
  },
  manifest: ({ mode, browser }) => ({
    // The stores and the browser show both in the person's language (public/_locales).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox's background is an event page with DOM and URL.createObjectURL, so it needs no offscreen document.
    // alarms, idle, notifications: looking for new artifacts while the person is active, and telling them (issue 22).
    permissions: [
      'storage',
      'downloads',
      'contextMenus',
      'scripting',
      'identity',
      'alarms',
      'idle',
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: mode === 'e2e' ? [...HQ_HOSTS, ...LOOPBACK_HOSTS] : HQ_HOSTS,
    optional_host_permissions: ['https://*/*', ...LOOPBACK_HOSTS],
    action: { default_title: '__MSG_extName__' },
    // Listed in the options with a link to the browser's own shortcut settings, where the person may change them.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_shortcut_openPopup__' },
      'zip-conversation': {
        suggested_key: { default: 'Alt+Shift+Z' },
        description: '__MSG_shortcut_zipConversation__',
      },
    },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // WebDriver BiDi will not navigate a tab to moz-extension://, so the Firefox e2e build lets a
    // loopback page navigate to its pages (tests/firefox/firefox-browser.ts); production has no such entry.
    ...(mode === 'e2e' && browser === 'firefox'
      ? { web_accessible_resources: [{ resources: ['options.html', 'popup.html'], matches: LOOPBACK_HOSTS }] }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id keeps the OAuth redirect URL (derived from it) and the saved data across reinstalls.
            // 142: where desktop and Android both read data_collection_permissions (every API used here is older).
            // Android is not a target (no context menus, no identity API there), but the linter checks the key for it.
            gecko: {
              id: 'hq-artifacts@hq.zone',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // URL.canParse (120); offscreen documents and fetch dropping Authorization on cross-origin redirects are older.
        { minimum_chrome_version: '120' }),
  }),
});
