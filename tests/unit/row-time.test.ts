import { describe, expect, it } from 'vitest';
import { formatRowTime } from '@/lib/conversation-panel/row-time';

const NOW = Date.parse('2026-11-30T12:00:00Z');

describe('formatRowTime', () => {
  it('is short, with day, month and time, in the person’s locale and time zone', () => {
    expect(formatRowTime('2026-11-24T14:05:00Z', NOW, 'en-GB', 'UTC')?.short).toBe('24 Nov, 14:05');
    expect(formatRowTime('2026-11-24T14:05:00Z', NOW, 'en-US', 'UTC')?.short).toBe('Nov 24, 2:05 PM');
    expect(formatRowTime('2026-11-24T14:05:00Z', NOW, 'en-GB', 'Europe/Berlin')?.short).toBe('24 Nov, 15:05');
    expect(formatRowTime('2026-11-24T14:05:00Z', NOW, 'de-DE', 'UTC')?.short).toMatch(/^24\. Nov\.?, 14:05$/);
  });

  it('shows minutes apart as different, and the year when it is not this year’s', () => {
    expect(formatRowTime('2026-06-09T10:02:00Z', NOW, 'en-GB', 'UTC')?.short).not.toBe(formatRowTime('2026-06-09T10:05:00Z', NOW, 'en-GB', 'UTC')?.short);
    expect(formatRowTime('2025-11-24T14:05:00Z', NOW, 'en-GB', 'UTC')?.short).toBe('24 Nov 2025, 14:05');
  });

  it('gives the full timestamp, with the year and time zone, for the tooltip', () => {
    expect(formatRowTime('2026-11-24T14:05:09Z', NOW, 'en-GB', 'UTC')?.full).toMatch(/^Tuesday,? 24 November 2026 at 14:05:09 UTC$/);
  });

  it('returns null for a time it cannot read', () => {
    expect(formatRowTime('', NOW)).toBeNull();
    expect(formatRowTime('not a date', NOW)).toBeNull();
  });
});
