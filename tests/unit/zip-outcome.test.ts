import { describe, expect, it } from 'vitest';
import { zipOutcome } from '@/lib/file-jobs/zip-outcome';

describe('zipOutcome', () => {
  const zip = { fileName: 'Chart exports-artifacts.zip', count: 4, builtBy: 'extension' as const };

  it('says what the ZIP holds when everything arrived', () => {
    expect(zipOutcome({ ...zip, failed: 0 })).toEqual({
      tone: 'status',
      text: 'ZIP saved to your downloads: Chart exports-artifacts.zip with 4 artifacts.',
    });
  });

  it('never calls a partial ZIP complete', () => {
    expect(zipOutcome({ ...zip, failed: 1 }).text).toBe(
      'ZIP saved to your downloads: Chart exports-artifacts.zip with 3 of 4 artifacts. 1 could not be downloaded; _errors.txt inside lists it.',
    );
  });

  it('alerts when nothing could be downloaded', () => {
    expect(zipOutcome({ ...zip, failed: 4 })).toMatchObject({
      tone: 'alert',
      text: expect.stringContaining('none of the 4 files could be downloaded'),
    });
  });

  it('never says “with all N” when HQ’s list was short of its own count: an alert with what is missing', () => {
    const outcome = zipOutcome({ ...zip, count: 60, failed: 0, unlisted: { listed: 60, expected: 61 } });
    expect(outcome.tone).toBe('alert');
    expect(outcome.text).toBe(
      'ZIP saved to your downloads: Chart exports-artifacts.zip with 60 artifacts. HQ counts 61 artifacts in this conversation, but its list gave 60: 1 could not be listed. _errors.txt inside says so.',
    );
    expect(zipOutcome({ ...zip, count: 100, failed: 0, unlisted: { listed: 100, expected: null } }).text).toContain(
      'would not list further: it may hold more.',
    );
  });
});
