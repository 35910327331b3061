import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl, originPattern } from '@/lib/connection/server-url';

describe('normalizeBaseUrl', () => {
  it('keeps a clean https URL and drops trailing slashes', () => {
    expect(normalizeBaseUrl(' https://api.hq.zone/ ', 'Server URL')).toEqual({ ok: true, url: 'https://api.hq.zone' });
    expect(normalizeBaseUrl('https://hq.example.com/hq//', 'Server URL')).toEqual({
      ok: true,
      url: 'https://hq.example.com/hq',
    });
  });

  it('adds https:// when the scheme is missing', () => {
    expect(normalizeBaseUrl('api.hq.zone', 'Server URL')).toEqual({ ok: true, url: 'https://api.hq.zone' });
  });

  it('allows plain http only for loopback', () => {
    expect(normalizeBaseUrl('http://127.0.0.1:8787', 'Server URL')).toEqual({ ok: true, url: 'http://127.0.0.1:8787' });
    expect(normalizeBaseUrl('http://localhost:3000/', 'Web app URL')).toEqual({
      ok: true,
      url: 'http://localhost:3000',
    });
    const result = normalizeBaseUrl('http://api.hq.zone', 'Server URL');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/https/);
    // The extension's CSP cannot name an IPv6 address, so it could never reach one.
    expect(normalizeBaseUrl('http://[::1]:8787', 'Server URL').ok).toBe(false);
  });

  it('rejects empty, garbage, credentials, queries and other schemes with the field name', () => {
    for (const input of [
      '',
      '   ',
      'https://',
      'ftp://x.org',
      'javascript:alert(1)',
      'https://u:p@x.org',
      'https://x.org/?a=1',
      'https://x.org/#h',
    ]) {
      const result = normalizeBaseUrl(input, 'Server URL');
      expect(result.ok, input).toBe(false);
      expect(!result.ok && result.reason, input).toContain('Server URL');
    }
  });
});

describe('originPattern', () => {
  it('grants the whole origin regardless of port and path', () => {
    expect(originPattern('https://hq.example.com/base')).toBe('https://hq.example.com/*');
    expect(originPattern('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
  });
});
