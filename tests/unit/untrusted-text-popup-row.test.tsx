import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import * as v from 'valibot';
import { ArtifactSchema, type HqArtifact } from '@/lib/hq/hq-types';
import { ArtifactRow } from '@/components/popup/ArtifactRow';
import { PreviewDetails } from '@/components/popup/PreviewDetails';

/** The artifact as HQ sends it: a PDF by its content type, an .exe by its name. */
function fromHq(name: string): HqArtifact {
  return v.parse(ArtifactSchema, {
    id: 'a9',
    name,
    content_type: 'application/pdf',
    size_bytes: 4096,
    created_at: '2026-06-09T10:02:00Z',
    conversation_id: 'c0ffee00-0000-4000-8000-000000000001',
    conversation_title: 'Reports',
    download_url: '/v1/api/artifacts/a9/download',
  });
}

const noop = () => {};
function row(artifact: HqArtifact): string {
  return render(
    <ArtifactRow
      artifact={artifact}
      index={0}
      total={1}
      focused
      current={false}
      busy={false}
      checked={false}
      now={Date.parse('2026-06-10T12:00:00Z')}
      webAppUrl="https://hq.example.com"
      deleteRefusal={null}
      onCheck={noop}
      onOpen={noop}
      onFocus={noop}
      onDownload={noop}
      onDelete={noop}
      isNew={false}
    />,
  );
}

/** The row's visible name: the start (which the CSS ellipsis may cut) and the extension (which it cannot). */
function shownName(html: string): { start: string; end: string } {
  const match =
    /<span class="row-name"><span[^>]*><span[^>]*>([^<]*)<\/span><span style="flex: ?none;?">([^<]*)<\/span>/.exec(
      html,
    );
  if (!match) throw new Error(`No row name in ${html}`);
  return { start: match[1]!, end: match[2]! };
}

describe('a disguised name in a popup row', () => {
  it('shows its real extension, in a part the ellipsis cannot cut, and its real type', () => {
    const html = row(fromHq(`Q3-report.pdf${'\u3164'.repeat(40)}.exe`));
    expect(shownName(html)).toEqual({ start: 'Q3-report.pdf ', end: '.exe' });
    expect(html).not.toContain('\u3164');
    expect(html).toContain('title="Q3-report.pdf .exe"');
    expect(html).toMatch(/<span class="type-icon group-file" aria-hidden="true">EXE<\/span>/);
    expect(html).not.toContain('>PDF<');
  });

  it('is shortened in the middle when long, keeping the extension; the whole name stays in the title and the label', () => {
    const name = `Q3-report.pdf${'_'.repeat(80)}.exe`;
    const html = row(fromHq(name));
    const { start, end } = shownName(html);
    expect(end).toBe('.exe');
    expect(start.startsWith('Q3-report.pdf')).toBe(true);
    expect(start).toContain('…');
    expect(html).toContain(`title="${name}"`);
    // The button's accessible name starts with exactly what it shows (speech input users say what they see), then the name whole.
    expect(html).toContain(`aria-label="${start}${end}, ${name}, EXE,`);
    expect(name.startsWith(start.slice(0, start.indexOf('…')))).toBe(true);
  });

  it('says in the preview which type it is, and what HQ claimed', () => {
    const html = render(
      <PreviewDetails
        artifact={fromHq(`Q3-report.pdf${'\u3164'.repeat(40)}.exe`)}
        webAppUrl="https://hq.example.com"
        titleId="t"
        onDownload={noop}
      />,
    );
    expect(html).toContain('<h2 id="t" dir="auto">Q3-report.pdf .exe</h2>');
    expect(html).toContain('EXE (HQ says PDF)');
  });
});
