import { describe, expect, it } from 'vitest';
import { artifactKind, fileExtension } from '@/lib/artifact-list/artifact-kind';

const group = (type: string, name: string) => artifactKind(type, name).group;

describe('artifactKind', () => {
  it('puts the gallery image types under Images', () => {
    for (const [type, name] of [['image/png', 'a.png'], ['image/jpeg', 'a.jpg'], ['image/gif', 'a.gif'], ['image/svg+xml', 'a.svg'], ['image/webp', 'a.webp']]) {
      expect(group(type!, name!), name).toBe('image');
    }
  });

  it('puts HTML pages under HTML', () => {
    expect(group('text/html; charset=utf-8', 'report.html')).toBe('html');
    expect(group('application/octet-stream', 'report.htm')).toBe('html');
  });

  it('puts the gallery code types under Code, with a highlighter language', () => {
    const cases: Array<[string, string, string]> = [
      ['text/x-python', 'a.py', 'python'], ['text/javascript', 'a.js', 'javascript'], ['application/typescript', 'a.ts', 'typescript'],
      ['application/json', 'a.json', 'json'], ['application/yaml', 'a.yaml', 'yaml'], ['application/xml', 'a.xml', 'xml'],
      ['text/css', 'a.css', 'css'], ['application/sql', 'a.sql', 'sql'], ['text/markdown', 'a.md', 'markdown'], ['application/x-sh', 'a.sh', 'bash'],
    ];
    for (const [type, name, language] of cases) {
      expect(artifactKind(type, name), name).toMatchObject({ group: 'code', language });
    }
    expect(artifactKind('text/markdown', 'README.md').preview).toBe('markdown');
  });

  it('puts everything else under Files', () => {
    expect(artifactKind('text/csv', 'data.csv')).toMatchObject({ group: 'file', preview: 'table', label: 'CSV' });
    expect(artifactKind('application/octet-stream', 'data.tsv')).toMatchObject({ group: 'file', preview: 'table', label: 'TSV' });
    expect(artifactKind('application/pdf', 'q3.pdf')).toMatchObject({ group: 'file', preview: 'pdf', label: 'PDF' });
    expect(artifactKind('text/plain', 'notes.txt')).toMatchObject({ group: 'file', preview: 'text' });
    expect(artifactKind('application/octet-stream', 'blob.bin')).toMatchObject({ group: 'file', preview: 'none', label: 'BIN' });
    expect(artifactKind('application/zip', 'archive')).toMatchObject({ group: 'file', label: 'FILE' });
  });

  it('trusts the extension when the content type is vague', () => {
    expect(group('application/octet-stream', 'chart.PNG')).toBe('image');
    expect(group('text/plain', 'script.py')).toBe('code');
    expect(group('', 'style.css')).toBe('code');
  });

  it('trusts a specific content type over a misleading extension', () => {
    expect(group('image/png', 'chart.txt')).toBe('image');
    expect(group('application/pdf', 'report.html')).toBe('file');
  });
});

describe('fileExtension', () => {
  it('takes the last extension, lower-cased, ignoring dot-files and paths', () => {
    expect(fileExtension('a.tar.GZ')).toBe('gz');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('dir.v2/file')).toBe('');
    expect(fileExtension('noext')).toBe('');
  });
});
