import { describe, expect, it } from 'vitest';
import { zipOutcome } from '@/lib/zip/zip-outcome';

describe('zipOutcome', () => {
  const zip = { fileName: 'Chart exports-artifacts.zip', count: 4, builtBy: 'extension' as const };

  it('says what the ZIP holds when everything arrived', () => {
    expect(zipOutcome({ ...zip, failed: 0 })).toEqual({ tone: 'status', text: 'ZIP saved to your downloads: Chart exports-artifacts.zip with 4 artifacts.' });
  });

  it('never calls a partial ZIP complete', () => {
    expect(zipOutcome({ ...zip, failed: 1 }).text).toBe('ZIP saved to your downloads: Chart exports-artifacts.zip with 3 of 4 artifacts. 1 could not be downloaded; _errors.txt inside lists it.');
  });

  it('alerts when nothing could be downloaded', () => {
    expect(zipOutcome({ ...zip, failed: 4 })).toMatchObject({ tone: 'alert', text: expect.stringContaining('none of the 4 files could be downloaded') });
  });
});
