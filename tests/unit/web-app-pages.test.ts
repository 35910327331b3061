import { describe, expect, it } from 'vitest';
import { customWebAppPattern, isWebAppPage } from '@/lib/conversation-panel/web-app-pages';

describe('web app pages', () => {
  it('needs no extra pattern for HQ’s own hosts', () => {
    expect(customWebAppPattern('https://hq.zone')).toBeNull();
    expect(customWebAppPattern('https://acme.hq.zone/app')).toBeNull();
    expect(customWebAppPattern('https://studio.example.com')).toBe('https://studio.example.com/*');
    expect(customWebAppPattern('http://localhost:8787')).toBe('http://localhost/*');
  });

  it('recognises HQ’s hosts and the configured origin (port included), nothing else', () => {
    expect(isWebAppPage('https://hq.zone/c/x', 'https://studio.example.com')).toBe(true);
    expect(isWebAppPage('https://studio.example.com/c/x', 'https://studio.example.com')).toBe(true);
    expect(isWebAppPage('http://localhost:8787/c/x', 'http://localhost:8787')).toBe(true);
    expect(isWebAppPage('http://localhost:9999/c/x', 'http://localhost:8787')).toBe(false);
    expect(isWebAppPage('https://hq.zone.evil.example/c/x', 'https://hq.zone')).toBe(false);
    expect(isWebAppPage('http://hq.zone/c/x', 'https://hq.zone')).toBe(false);
    expect(isWebAppPage('garbage', 'https://hq.zone')).toBe(false);
  });
});
