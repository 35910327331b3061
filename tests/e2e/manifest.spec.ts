import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

test('the production Chrome build asks only for what it uses', () => {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const manifest = manifestOf('chrome-mv3');
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual([
    'alarms',
    'contextMenus',
    'downloads',
    'identity',
    'idle',
    'notifications',
    'offscreen',
    'scripting',
    'storage',
  ]);
  // The two shortcuts, described in the person's language.
  expect(Object.keys(manifest.commands)).toEqual(['_execute_action', 'zip-conversation']);
  expect(manifest.commands['zip-conversation'].description).toBe('__MSG_shortcut_zipConversation__');
  expect(manifest.host_permissions).toEqual(['https://api.hq.zone/*', 'https://hq.zone/*']);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  // The panel runs on the default web app only; another (an HQ subdomain too) is registered at runtime when configured.
  expect(manifest.content_scripts[0].matches).toEqual(['https://hq.zone/*']);
  // Custom servers are asked for at Connect time, never granted up front.
  expect(manifest.optional_host_permissions).toContain('https://*/*');
  expect(manifest.content_security_policy.extension_pages).toContain("img-src 'self' data:");
});

test('the e2e build adds loopback hosts and nothing else', () => {
  const e2e = manifestOf('chrome-mv3-e2e');
  expect(e2e.host_permissions).toEqual([
    'https://api.hq.zone/*',
    'https://hq.zone/*',
    'http://127.0.0.1/*',
    'http://localhost/*',
  ]);
});
