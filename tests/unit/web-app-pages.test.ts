import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEB_APP_PATTERNS,
  customWebAppPattern,
  isWebAppPage,
  webAppPatterns,
} from '@/lib/conversation-panel/web-app-pages';

describe('web app pages', () => {
  it('needs no runtime pattern for the default web app, and one for any other, HQ subdomains included', () => {
    expect(DEFAULT_WEB_APP_PATTERNS).toEqual(['https://hq.zone/*']);
    expect(customWebAppPattern('https://hq.zone')).toBeNull();
    expect(customWebAppPattern('https://acme.hq.zone/app')).toBe('https://acme.hq.zone/*');
    expect(customWebAppPattern('https://studio.example.com')).toBe('https://studio.example.com/*');
    expect(customWebAppPattern('http://localhost:8787')).toBe('http://localhost/*');
  });

  it('shows the page menu item on the configured web app only', () => {
    expect(webAppPatterns('https://hq.zone')).toEqual(['https://hq.zone/*']);
    expect(webAppPatterns('https://studio.example.com')).toEqual(['https://studio.example.com/*']);
  });

  it.each([
    ['https://hq.zone/c/x', 'https://hq.zone', true],
    ['https://studio.example.com/c/x', 'https://studio.example.com', true],
    ['http://localhost:8787/c/x', 'http://localhost:8787', true],
    // Another HQ subdomain is another site.
    ['https://evil.hq.zone/c/x', 'https://hq.zone', false],
    ['https://hq.zone/c/x', 'https://acme.hq.zone', false],
    ['https://hq.zone/c/x', 'https://studio.example.com', false],
    ['http://localhost:9999/c/x', 'http://localhost:8787', false],
    ['https://hq.zone.evil.example/c/x', 'https://hq.zone', false],
    ['http://hq.zone/c/x', 'https://hq.zone', false],
    ['garbage', 'https://hq.zone', false],
  ])('%s on web app %s → %s', (page, app, expected) => {
    expect(isWebAppPage(page, app)).toBe(expected);
  });
});
