import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

test('the production Firefox build is Manifest V3 with an event page, and asks only for what it uses', () => {
  // A failed build throws with its output.
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
  const manifest = manifestOf('firefox-mv3');
  expect(manifest.manifest_version).toBe(3);
  // An event page (Firefox has DOM and blob URLs there), not a service worker; no offscreen document.
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
  expect([...manifest.permissions].sort()).toEqual([
    'alarms',
    'contextMenus',
    'downloads',
    'identity',
    'idle',
    'notifications',
    'scripting',
    'storage',
  ]);
  expect(Object.keys(manifest.commands)).toEqual(['_execute_action', 'zip-conversation']);
  expect(manifest.host_permissions).toEqual(['https://api.hq.zone/*', 'https://hq.zone/*']);
  expect(manifest.optional_host_permissions).toContain('https://*/*');
  expect(manifest.action.default_popup).toBe('popup.html');
  // A fixed id: the OAuth redirect address and the saved data depend on it.
  expect(manifest.browser_specific_settings.gecko.id).toBe('hq-artifacts@hq.zone');
  expect(manifest.browser_specific_settings.gecko_android).toBeUndefined(); // not an Android add-on
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
});

test('the Firefox e2e build adds loopback hosts, and its pages are reachable from loopback only', () => {
  const e2e = manifestOf('firefox-mv3-e2e');
  expect(e2e.host_permissions).toEqual([
    'https://api.hq.zone/*',
    'https://hq.zone/*',
    'http://127.0.0.1/*',
    'http://localhost/*',
  ]);
  expect(e2e.web_accessible_resources).toEqual([
    { resources: ['options.html', 'popup.html'], matches: ['http://127.0.0.1/*', 'http://localhost/*'] },
  ]);
});
