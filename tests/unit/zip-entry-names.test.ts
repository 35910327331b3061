import { describe, expect, it } from 'vitest';
import { uniqueNames } from '@/lib/file-jobs/zip-entry-names';

describe('uniqueNames', () => {
  it('numbers colliding names like browsers number downloads, keeping the extension', () => {
    expect(uniqueNames(['chart.png', 'report.html', 'chart.png', 'chart.png', 'report.html'])).toEqual([
      'chart.png',
      'report.html',
      'chart (1).png',
      'chart (2).png',
      'report (1).html',
    ]);
  });

  it('treats names that differ only in case as colliding (Windows, macOS)', () => {
    expect(uniqueNames(['Data.csv', 'data.csv', 'DATA.CSV'])).toEqual(['Data.csv', 'data (1).csv', 'DATA (2).CSV']);
  });

  it('sanitizes first, so hostile names cannot collide their way into a path', () => {
    expect(uniqueNames(['../x.txt', 'x.txt', '/etc/passwd', 'CON'])).toEqual([
      'x.txt',
      'x (1).txt',
      'etc_passwd',
      '_CON',
    ]);
  });

  it('does not take a name that is reserved for the archive itself', () => {
    expect(uniqueNames(['_errors.txt', 'a'], ['_errors.txt'])).toEqual(['_errors (1).txt', 'a']);
  });

  it('does not collide with a name it invented', () => {
    expect(uniqueNames(['a.txt', 'a (1).txt', 'a.txt'])).toEqual(['a.txt', 'a (1).txt', 'a (2).txt']);
    expect(uniqueNames(['noext', 'noext'])).toEqual(['noext', 'noext (1)']);
  });
});

describe('uniqueNames with a folder per conversation', () => {
  it('puts each entry in its sanitized folder; names collide only within one folder', () => {
    expect(uniqueNames(['chart.png', 'chart.png', 'chart.png'], [], ['Q3 / revenue', 'Q3 / revenue', 'Other'])).toEqual(
      ['Q3 _ revenue/chart.png', 'Q3 _ revenue/chart (1).png', 'Other/chart.png'],
    );
  });
  it('never lets a folder climb out of the archive', () => {
    expect(uniqueNames(['x.txt'], [], ['../../etc'])).toEqual(['etc/x.txt']);
    expect(uniqueNames(['x.txt'], [], ['..'])).toEqual(['Untitled/x.txt']);
  });
});
