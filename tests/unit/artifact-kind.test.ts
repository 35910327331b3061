import { describe, expect, it } from 'vitest';
import { artifactKind, declaredKind, fileExtension } from '@/lib/artifact-list/artifact-kind';

const group = (type: string, name: string) => artifactKind(type, name).group;

describe('artifactKind', () => {
  it('puts the gallery image types under Images', () => {
    for (const [type, name] of [
      ['image/png', 'a.png'],
      ['image/jpeg', 'a.jpg'],
      ['image/gif', 'a.gif'],
      ['image/svg+xml', 'a.svg'],
      ['image/webp', 'a.webp'],
    ]) {
      expect(group(type!, name!), name).toBe('image');
    }
  });

  it('puts HTML pages under HTML', () => {
    expect(group('text/html; charset=utf-8', 'report.html')).toBe('html');
    expect(group('application/octet-stream', 'report.htm')).toBe('html');
  });

  it('puts the gallery code types under Code, with a highlighter language', () => {
    const cases: Array<[string, string, string]> = [
      ['text/x-python', 'a.py', 'python'],
      ['text/javascript', 'a.js', 'javascript'],
      ['application/typescript', 'a.ts', 'typescript'],
      ['application/json', 'a.json', 'json'],
      ['application/yaml', 'a.yaml', 'yaml'],
      ['application/xml', 'a.xml', 'xml'],
      ['text/css', 'a.css', 'css'],
      ['application/sql', 'a.sql', 'sql'],
      ['text/markdown', 'a.md', 'markdown'],
      ['application/x-sh', 'a.sh', 'bash'],
    ];
    for (const [type, name, language] of cases) {
      expect(artifactKind(type, name), name).toMatchObject({ group: 'code', language });
    }
    expect(artifactKind('text/markdown', 'README.md').preview).toBe('markdown');
  });

  it('puts everything else under Files', () => {
    expect(artifactKind('text/csv', 'data.csv')).toMatchObject({ group: 'file', preview: 'table', label: 'CSV' });
    expect(artifactKind('application/octet-stream', 'data.tsv')).toMatchObject({
      group: 'file',
      preview: 'table',
      label: 'TSV',
    });
    expect(artifactKind('application/pdf', 'q3.pdf')).toMatchObject({ group: 'file', preview: 'pdf', label: 'PDF' });
    expect(artifactKind('text/plain', 'notes.txt')).toMatchObject({ group: 'file', preview: 'text' });
    expect(artifactKind('application/octet-stream', 'blob.bin')).toMatchObject({
      group: 'file',
      preview: 'none',
      label: 'BIN',
    });
    expect(artifactKind('application/zip', 'archive')).toMatchObject({ group: 'file', label: 'FILE' });
  });

  it('trusts the extension when the content type is vague', () => {
    expect(group('application/octet-stream', 'chart.PNG')).toBe('image');
    expect(group('text/plain', 'script.py')).toBe('code');
    expect(group('', 'style.css')).toBe('code');
  });

  it('shows what the name says when the content type claims otherwise', () => {
    // The issue: a PDF by its content type and the start of its name, an .exe by its extension.
    const disguised = artifactKind('application/pdf', `Q3-report.pdf${'\u3164'.repeat(40)}.exe`);
    expect(disguised.label).toBe('EXE');
    expect(disguised.preview).not.toBe('pdf');
    expect(disguised).toEqual({ group: 'file', preview: 'none', label: 'EXE' });
    expect(artifactKind('application/pdf', 'Q3-report.pdf .exe')).toEqual({
      group: 'file',
      preview: 'none',
      label: 'EXE',
    });
    // A known extension brings its own kind, preview included.
    expect(artifactKind('image/png', 'chart.txt')).toMatchObject({ group: 'file', preview: 'text', label: 'TXT' });
    expect(artifactKind('application/pdf', 'report.html')).toMatchObject({
      group: 'html',
      preview: 'html',
      label: 'HTML',
    });
    expect(artifactKind('text/html', 'logo.svg')).toMatchObject({ group: 'image', preview: 'image', label: 'SVG' });
  });

  it('follows the content type when the name agrees with it or has no extension', () => {
    expect(artifactKind('application/pdf', 'Q3 report')).toMatchObject({ preview: 'pdf', label: 'PDF' });
    expect(artifactKind('application/pdf', 'Q3 report.PDF')).toMatchObject({ preview: 'pdf', label: 'PDF' });
    expect(artifactKind('image/jpeg', 'photo.jpeg')).toMatchObject({ preview: 'image', label: 'JPG' });
    // What follows a dot is not always an extension: a version, a decimal, a sentence.
    expect(artifactKind('application/pdf', 'Minutes 10.05')).toMatchObject({ preview: 'pdf', label: 'PDF' });
    expect(artifactKind('text/markdown', 'Notes v1.2')).toMatchObject({ preview: 'markdown', label: 'MD' });
    expect(artifactKind('application/pdf', 'Letter to Dr. Who')).toMatchObject({ preview: 'pdf', label: 'PDF' });
  });

  it('labels an unknown extension with the extension itself and previews it only as plain text, if at all', () => {
    expect(artifactKind('application/pdf', 'brief.docx')).toEqual({ group: 'file', preview: 'none', label: 'DOCX' });
    expect(artifactKind('image/png', 'setup.msi')).toEqual({ group: 'file', preview: 'none', label: 'MSI' });
    expect(artifactKind('text/plain', 'payload.exe')).toEqual({ group: 'file', preview: 'text', label: 'EXE' });
    expect(artifactKind('text/x-go', 'main.go')).toEqual({ group: 'file', preview: 'text', label: 'GO' });
    expect(artifactKind('application/pdf', 'report.torrent')).toMatchObject({ preview: 'none', label: 'TORR' });
  });

  it('reads the extension the saved file will have', () => {
    // Windows (and sanitizeFileName) drop trailing dots and spaces: this is saved as an .exe.
    expect(artifactKind('application/pdf', 'report.pdf.exe. ')).toMatchObject({ preview: 'none', label: 'EXE' });
    // Look-alike letters are letters too: not a PDF.
    expect(artifactKind('application/pdf', 'report.pdf.\u0435\u0445\u0435').label).not.toBe('PDF');
  });
});

describe('declaredKind', () => {
  it('is what the content type alone claims, nothing for a vague one', () => {
    expect(declaredKind('application/pdf; charset=binary')?.label).toBe('PDF');
    expect(declaredKind('application/octet-stream')).toBeUndefined();
    expect(declaredKind('text/plain')).toBeUndefined();
    expect(declaredKind('application/x-msdownload')).toBeUndefined();
  });
});

describe('fileExtension', () => {
  it('takes the last extension, lower-cased, ignoring dot-files and paths', () => {
    expect(fileExtension('a.tar.GZ')).toBe('gz');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('dir.v2/file')).toBe('');
    expect(fileExtension('noext')).toBe('');
  });

  it('is only what looks like an extension, ignoring trailing dots and spaces', () => {
    expect(fileExtension('report.pdf.exe.')).toBe('exe');
    expect(fileExtension('Minutes 10.05')).toBe('');
    expect(fileExtension('Dr. Who')).toBe('');
    expect(fileExtension('data.7z')).toBe('7z');
    expect(fileExtension('clip.mp4')).toBe('mp4');
  });
});
