import { describe, expect, it } from 'vitest';
import { formatDateTime, formatExactTime, formatRelativeTime, formatSize } from '@/lib/artifact-list/format';

describe('formatSize', () => {
  it('reads like a person would say it', () => {
    expect([0, 1, 512, 1023, 1024, 1260, 81_234, 5 * 1024 * 1024 + 300_000, 3 * 1024 ** 3].map(formatSize)).toEqual([
      '0 B', '1 B', '512 B', '1023 B', '1 KB', '1.2 KB', '79 KB', '5.3 MB', '3 GB',
    ]);
  });
  it('does not print nonsense for bad input', () => {
    expect(formatSize(-1)).toBe('—');
    expect(formatSize(Number.NaN)).toBe('—');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('uses short relative words for recent times', () => {
    expect(formatRelativeTime('2026-06-10T11:59:30Z', now, 'en')).toBe('just now');
    expect(formatRelativeTime('2026-06-10T11:55:00Z', now, 'en')).toBe('5 min. ago');
    expect(formatRelativeTime('2026-06-10T09:00:00Z', now, 'en')).toBe('3 hr. ago');
    expect(formatRelativeTime('2026-06-09T10:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelativeTime('2026-06-06T10:00:00Z', now, 'en')).toBe('4 days ago');
  });
  it('uses a date for older times, with the year only when it differs', () => {
    expect(formatRelativeTime('2026-05-01T10:00:00Z', now, 'en')).toBe('May 1');
    expect(formatRelativeTime('2025-05-01T10:00:00Z', now, 'en')).toBe('May 1, 2025');
  });
  it('is empty for an unreadable time', () => {
    expect(formatRelativeTime('not a date', now)).toBe('');
    expect(formatExactTime('not a date')).toBe('');
  });
});

describe('formatDateTime', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('always shows the time, with the day in words when it is today or yesterday', () => {
    expect(formatDateTime('2026-06-10T09:05:00Z', now, 'en-GB', 'UTC')).toBe('Today, 09:05');
    expect(formatDateTime('2026-06-09T23:59:00Z', now, 'en-GB', 'UTC')).toBe('Yesterday, 23:59');
    expect(formatDateTime('2026-05-01T14:30:00Z', now, 'en-GB', 'UTC')).toBe('1 May, 14:30');
    expect(formatDateTime('2025-05-01T14:30:00Z', now, 'en-GB', 'UTC')).toBe('1 May 2025, 14:30');
  });
  it('tells apart two files made minutes apart', () => {
    expect(formatDateTime('2026-05-01T14:30:00Z', now, 'en-GB', 'UTC')).not.toBe(formatDateTime('2026-05-01T14:34:00Z', now, 'en-GB', 'UTC'));
  });
  it('counts days in the person\'s time zone, not UTC', () => {
    // 23:30 UTC on the 9th is already the 10th in Tokyo.
    expect(formatDateTime('2026-06-09T23:30:00Z', now, 'en-GB', 'Asia/Tokyo')).toBe('Today, 08:30');
  });
  it('says nothing for a date it cannot read', () => {
    expect(formatDateTime('not a date', now)).toBe('');
  });
});
