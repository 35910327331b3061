import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '@/lib/file-jobs/file-name';
import { conversationFolder } from '@/lib/file-jobs/conversation-folder';

describe('sanitizeFileName', () => {
  it('leaves ordinary and non-ASCII names alone', () => {
    expect(sanitizeFileName('q3-revenue.pdf')).toBe('q3-revenue.pdf');
    expect(sanitizeFileName('Überblick – 数据.csv')).toBe('Überblick – 数据.csv');
    expect(sanitizeFileName('résumé (final).pdf')).toBe('résumé (final).pdf');
  });

  it('never lets a name climb out of the downloads folder', () => {
    for (const hostile of [
      '../x.txt',
      '../../etc/passwd',
      '..\\..\\windows\\system.ini',
      '/etc/passwd',
      'a/../../b.txt',
    ]) {
      const safe = sanitizeFileName(hostile);
      expect(safe, hostile).not.toMatch(/[\\/]/);
      expect(safe, hostile).not.toContain('..');
      expect(safe.startsWith('.'), hostile).toBe(false);
    }
    expect(sanitizeFileName('../x.txt')).toBe('x.txt');
  });

  it('removes control, reserved and invisible direction characters', () => {
    expect(sanitizeFileName('a\u0000b\u001fc\u007f.txt')).toBe('a_b_c_.txt');
    expect(sanitizeFileName('what?<is>:this*|"x".txt')).toBe('what__is__this___x_.txt');
    // A right-to-left override could disguise "txt.exe" as "exe.txt".
    expect(sanitizeFileName('invoice\u202etxt.exe')).toBe('invoicetxt.exe');
  });

  it('defuses Windows device names, with or without an extension', () => {
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('con.txt')).toBe('_con.txt');
    expect(sanitizeFileName('LPT1.log')).toBe('_LPT1.log');
    expect(sanitizeFileName('CONSOLE.txt')).toBe('CONSOLE.txt');
  });

  it('drops trailing dots and spaces and falls back when nothing is left', () => {
    expect(sanitizeFileName('report.pdf. . ')).toBe('report.pdf');
    expect(sanitizeFileName('...')).toBe('artifact');
    expect(sanitizeFileName('')).toBe('artifact');
    expect(sanitizeFileName('///', 'download')).toBe('download');
  });

  it('bounds the length and keeps the extension', () => {
    const long = `${'a'.repeat(300)}.txt`;
    const safe = sanitizeFileName(long);
    expect(new TextEncoder().encode(safe).length).toBeLessThanOrEqual(180);
    expect(safe.endsWith('.txt')).toBe(true);
    const wide = sanitizeFileName(`${'数'.repeat(200)}.csv`);
    expect(new TextEncoder().encode(wide).length).toBeLessThanOrEqual(180);
    expect(wide.endsWith('.csv')).toBe(true);
    expect(wide).not.toContain('\ufffd');
  });
});

describe('invisible format characters', () => {
  it('are gone from saved names, so the real extension shows', () => {
    // "Quarterly report" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" displays as "Quarterly reportexe.pdf".
    expect(sanitizeFileName('Quarterly report\u202efdp.exe')).toBe('Quarterly reportfdp.exe');
    expect(sanitizeFileName('chart\u061c.png')).toBe('chart.png'); // Arabic letter mark
    expect(sanitizeFileName('in\u00advoice.pdf')).toBe('invoice.pdf'); // soft hyphen
    expect(sanitizeFileName('data\u{e0041}\u{e0042}.csv')).toBe('data.csv'); // tag characters
    expect(sanitizeFileName('a\u2066b\u2069\u200bc\ufeff.txt')).toBe('abc.txt'); // isolates, zero width, BOM
  });

  it('keep visible scripts intact', () => {
    expect(sanitizeFileName('تقرير.pdf')).toBe('تقرير.pdf');
    expect(sanitizeFileName('Überblick – 市场.md')).toBe('Überblick – 市场.md');
  });
});

describe('blank-looking letters', () => {
  it('cannot hide the real extension of a saved name', () => {
    // The issue: shown as a PDF, saved as an .exe.
    const saved = sanitizeFileName(`Q3-report.pdf${'\u3164'.repeat(40)}.exe`);
    expect(saved).toBe('Q3-report.pdf .exe');
    expect(saved.endsWith('.exe')).toBe(true);
  });

  it('become one space each run, whichever filler it is', () => {
    for (const blank of ['\u115F', '\u1160', '\u3164', '\uFFA0', '\u2800', '\u{1D159}']) {
      const hex = blank.codePointAt(0)!.toString(16);
      expect(sanitizeFileName(`Q3-report.pdf${blank.repeat(40)}.exe`), hex).toBe('Q3-report.pdf .exe');
      expect(sanitizeFileName(`chart${blank}.png`), hex).toBe('chart .png');
      expect(sanitizeFileName(blank.repeat(10)), hex).toBe('artifact');
    }
  });

  it('do not hide a trailing-dot or trailing-space trick either', () => {
    expect(sanitizeFileName(`report.pdf${'\u3164'.repeat(5)}.exe${'\u3164'.repeat(5)}.`)).toBe('report.pdf .exe');
  });
});

describe('conversationFolder', () => {
  it('is the conversation title made safe, “Untitled” without one, and one folder for detached files', () => {
    expect(conversationFolder({ conversation_id: 'c1', conversation_title: 'Q3: revenue / EMEA' })).toBe(
      'Q3_ revenue _ EMEA',
    );
    expect(conversationFolder({ conversation_id: 'c1', conversation_title: '  ' })).toBe('Untitled');
    expect(conversationFolder({ conversation_id: null, conversation_title: null })).toBe('Detached artifacts');
    expect(conversationFolder({ conversation_id: 'c1', conversation_title: '../..' })).toBe('Untitled');
  });
});
