import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { PANEL_NAME_MAX, toPanelArtifact, toPanelArtifacts } from '@/lib/conversation-panel/panel-artifact';
import { formatDateTime, formatExactTime } from '@/lib/artifact-list/format';
import { ArtifactSchema } from '@/lib/hq/hq-types';
import { sanitizeFileName } from '@/lib/file-jobs/file-name';

function artifact(fields: Partial<HqArtifact> & Pick<HqArtifact, 'id' | 'name'>): HqArtifact {
  return {
    content_type: 'image/png',
    size_bytes: 913,
    caption: null,
    sensitive: false,
    created_at: '2026-06-09T10:02:00Z',
    conversation_id: 'c0ffee00-0000-4000-8000-000000000001',
    conversation_title: 'Chart exports',
    download_url: `/v1/api/artifacts/${fields.id}/download`,
    ...fields,
  };
}

describe('toPanelArtifact', () => {
  it('gives the page what a row shows, the type worked out, and no conversation fields', () => {
    const page = toPanelArtifact(artifact({ id: 'a1', name: 'chart.png', caption: 'Old numbers', sensitive: true }));
    expect(page).toEqual({
      id: 'a1',
      name: 'chart.png',
      shortName: 'chart.png',
      size_bytes: 913,
      created_at: '2026-06-09T10:02:00Z',
      time: { short: formatDateTime('2026-06-09T10:02:00Z'), full: formatExactTime('2026-06-09T10:02:00Z') },
      caption: 'Old numbers',
      group: 'image',
      label: 'PNG',
    });
    expect(page.time?.short).toMatch(/:02/);
    expect(Object.keys(page)).not.toContain('conversation_id');
    expect(Object.keys(page)).not.toContain('conversation_title');
    expect(Object.keys(page)).not.toContain('download_url');
  });

  it('has no time for a timestamp it cannot read', () => {
    expect(toPanelArtifact(artifact({ id: 'a1', name: 'chart.png', created_at: 'soon' })).time).toBeNull();
  });

  it('takes a caption from elsewhere when given one', () => {
    expect(toPanelArtifact(artifact({ id: 'a1', name: 'chart.png' }), 'Corrected').caption).toBe('Corrected');
    expect(toPanelArtifact(artifact({ id: 'a1', name: 'chart.png' })).caption).toBeNull();
  });
});

describe('a name disguised with blank-looking letters', () => {
  // The artifact as HQ sends it: a PDF by its content type, an .exe by its name.
  const fromHq = v.parse(ArtifactSchema, {
    id: 'a9',
    name: `Q3-report.pdf${'\u3164'.repeat(40)}.exe`,
    content_type: 'application/pdf',
    size_bytes: 4096,
    created_at: '2026-06-09T10:02:00Z',
    download_url: '/v1/api/artifacts/a9/download',
  });

  it('shows in the panel with its real extension and type', () => {
    const page = toPanelArtifact(fromHq);
    expect(page.name).toBe('Q3-report.pdf .exe');
    expect(page.shortName).toBe('Q3-report.pdf .exe');
    expect(page.shortName.endsWith('.exe')).toBe(true);
    expect(page.label).toBe('EXE');
  });

  it('is saved with its real extension', () => {
    expect(sanitizeFileName(fromHq.name)).toBe('Q3-report.pdf .exe');
  });

  it('keeps its extension in sight even padded with visible characters', () => {
    const page = toPanelArtifact(
      artifact({ id: 'a1', name: `Q3-report.pdf${'_'.repeat(60)}.exe`, content_type: 'application/pdf' }),
    );
    expect(page.shortName.startsWith('Q3-report.pdf')).toBe(true);
    expect(page.shortName.endsWith('.exe')).toBe(true);
    expect(Array.from(page.shortName).length).toBeLessThanOrEqual(PANEL_NAME_MAX);
    expect(page.name).toBe(`Q3-report.pdf${'_'.repeat(60)}.exe`); // whole, for the tooltip
    expect(page.label).toBe('EXE');
  });
});

describe('toPanelArtifacts', () => {
  // HQ's per-conversation list has no caption field: the schema reads it as null.
  const conversation = [
    artifact({ id: 'a1', name: 'chart.png' }),
    artifact({ id: 'a2', name: 'report.html', content_type: 'text/html' }),
    artifact({ id: 'a3', name: 'chart.png' }),
  ];

  it('adds the captions the workspace list knows, by id, keeping the conversation’s order', () => {
    const workspace = [
      artifact({ id: 'a3', name: 'chart.png', caption: 'Corrected' }),
      artifact({ id: 'zz', name: 'other.pdf', caption: 'Elsewhere' }),
      artifact({ id: 'a1', name: 'chart.png', caption: 'Old numbers' }),
    ];
    const page = toPanelArtifacts(conversation, workspace);
    expect(page.map((a) => [a.id, a.caption])).toEqual([
      ['a1', 'Old numbers'],
      ['a2', null],
      ['a3', 'Corrected'],
    ]);
    expect(page.map((a) => a.label)).toEqual(['PNG', 'HTML', 'PNG']);
  });

  it('leaves captions empty without a cached workspace list', () => {
    expect(toPanelArtifacts(conversation).map((a) => a.caption)).toEqual([null, null, null]);
  });

  it('keeps a caption the conversation list itself carries (should HQ add one)', () => {
    const own = [artifact({ id: 'a1', name: 'chart.png', caption: 'From the conversation' })];
    expect(
      toPanelArtifacts(own, [artifact({ id: 'a1', name: 'chart.png', caption: 'From the workspace' })])[0]!.caption,
    ).toBe('From the conversation');
  });
});
