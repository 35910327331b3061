import { t } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import type { HqArtifact } from '@/lib/hq/hq-types';
import { conversationLabel } from '@/lib/artifact-list/conversation-label';
import { FILTERS, countByFilter, filterArtifacts, matchesQuery } from '@/lib/artifact-list/filter-artifacts';

let nextId = 0;
function artifact(overrides: Partial<HqArtifact>): HqArtifact {
  nextId += 1;
  const id = `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`;
  return {
    id,
    name: `file-${nextId}.bin`,
    content_type: 'application/octet-stream',
    size_bytes: 100,
    caption: null,
    sensitive: false,
    created_at: '2026-06-10T09:14:00Z',
    conversation_id: 'c0000000-0000-4000-8000-000000000001',
    conversation_title: 'Quarterly planning',
    download_url: `/v1/api/artifacts/${id}/download`,
    ...overrides,
  };
}

const chart = artifact({
  name: 'q3-revenue.png',
  content_type: 'image/png',
  caption: 'Revenue by region',
  conversation_title: 'Finance review',
});
const photo = artifact({ name: 'team.JPG', content_type: 'application/octet-stream', conversation_title: 'Offsite' });
const report = artifact({ name: 'report.html', content_type: 'text/html', conversation_title: 'ÜBERBLICK Projekt' });
const script = artifact({ name: 'clean_data.py', content_type: 'text/x-python', caption: 'Drops empty rows' });
const notes = artifact({
  name: 'notes.md',
  content_type: 'text/markdown',
  conversation_id: null,
  conversation_title: null,
});
const table = artifact({ name: 'sales.csv', content_type: 'text/csv', caption: 'Überblick der Verkäufe' });
const pdf = artifact({ name: 'contract.pdf', content_type: 'application/pdf', conversation_title: null });
const blob = artifact({ name: 'dump', content_type: 'application/octet-stream', conversation_title: '   ' });

const all = [chart, photo, report, script, notes, table, pdf, blob];
const names = (list: HqArtifact[]) => list.map((a) => a.name);

describe('conversationLabel', () => {
  it('shows the conversation title when there is one, trimmed', () => {
    expect(conversationLabel({ conversation_id: 'c1', conversation_title: '  Finance review ' })).toBe(
      'Finance review',
    );
  });
  it('says "Untitled" for a conversation without a usable title', () => {
    expect(conversationLabel({ conversation_id: 'c1', conversation_title: null })).toBe('Untitled');
    expect(conversationLabel({ conversation_id: 'c1', conversation_title: '' })).toBe('Untitled');
    expect(conversationLabel({ conversation_id: 'c1', conversation_title: ' \t\n' })).toBe('Untitled');
  });
  it('says "Detached" when the conversation is gone, whatever the title says', () => {
    expect(conversationLabel({ conversation_id: null, conversation_title: null })).toBe('Detached');
    // A stale title must not make a detached artifact look attached.
    expect(conversationLabel({ conversation_id: null, conversation_title: 'Old title' })).toBe('Detached');
  });
});

describe('matchesQuery', () => {
  it('matches on name, caption and conversation title', () => {
    expect(matchesQuery(chart, 'revenue.png')).toBe(true); // name
    expect(matchesQuery(chart, 'by region')).toBe(true); // caption
    expect(matchesQuery(chart, 'finance')).toBe(true); // conversation title
    expect(matchesQuery(chart, 'offsite')).toBe(false);
  });

  it('ignores case, ASCII and non-ASCII alike', () => {
    expect(matchesQuery(chart, 'Q3-REVENUE')).toBe(true);
    expect(matchesQuery(photo, 'team.jpg')).toBe(true);
    expect(matchesQuery(report, 'überblick')).toBe(true);
    expect(matchesQuery(table, 'ÜBERBLICK')).toBe(true);
    expect(matchesQuery(table, 'VERKÄUFE')).toBe(true);
  });

  it('matches the words a person sees for detached and untitled artifacts', () => {
    expect(matchesQuery(notes, 'detached')).toBe(true);
    expect(matchesQuery(pdf, 'untitled')).toBe(true);
    expect(matchesQuery(blob, 'untitled')).toBe(true);
    expect(matchesQuery(chart, 'detached')).toBe(false);
  });

  it('does not match an artifact whose caption is null on the caption', () => {
    expect(matchesQuery(photo, 'null')).toBe(false);
  });

  it('treats an empty or whitespace-only query as no filter', () => {
    for (const query of ['', ' ', '  \t\n ']) {
      expect(all.every((a) => matchesQuery(a, query))).toBe(true);
    }
  });

  it('trims the query before matching', () => {
    expect(matchesQuery(chart, '  finance  ')).toBe(true);
    expect(matchesQuery(chart, ' zzz ')).toBe(false);
  });
});

describe('FILTERS', () => {
  it('offers the gallery tabs in HQ order', () => {
    expect(FILTERS.map((f) => t(f.label))).toEqual(['All', 'Images', 'HTML', 'Code', 'Files']);
  });
});

describe('filterArtifacts', () => {
  it('returns everything, in the given order, for All with no query', () => {
    expect(filterArtifacts(all, '', 'all')).toEqual(all);
  });

  it('puts each artifact under exactly one type tab', () => {
    expect(names(filterArtifacts(all, '', 'image'))).toEqual(['q3-revenue.png', 'team.JPG']);
    expect(names(filterArtifacts(all, '', 'html'))).toEqual(['report.html']);
    expect(names(filterArtifacts(all, '', 'code'))).toEqual(['clean_data.py', 'notes.md']);
    expect(names(filterArtifacts(all, '', 'file'))).toEqual(['sales.csv', 'contract.pdf', 'dump']);
  });

  it('combines the search with the type tab', () => {
    expect(names(filterArtifacts(all, 'überblick', 'all'))).toEqual(['report.html', 'sales.csv']);
    expect(names(filterArtifacts(all, 'ÜBERBLICK', 'file'))).toEqual(['sales.csv']);
    expect(names(filterArtifacts(all, 'überblick', 'image'))).toEqual([]);
  });

  it('finds nothing when nothing matches', () => {
    expect(filterArtifacts(all, 'no such artifact', 'all')).toEqual([]);
  });

  it('does not modify the list it was given', () => {
    const copy = [...all];
    filterArtifacts(all, 'png', 'image');
    expect(all).toEqual(copy);
  });
});

describe('countByFilter', () => {
  it('counts every tab for the whole list', () => {
    expect(countByFilter(all, '')).toEqual({ all: 8, image: 2, html: 1, code: 2, file: 3 });
  });

  it('counts only what matches the search, and agrees with filterArtifacts', () => {
    const counts = countByFilter(all, 'ÜBERBLICK');
    expect(counts).toEqual({ all: 2, image: 0, html: 1, code: 0, file: 1 });
    for (const { id } of FILTERS) {
      expect(counts[id]).toBe(filterArtifacts(all, 'ÜBERBLICK', id).length);
    }
  });

  it('treats a whitespace-only query like no query', () => {
    expect(countByFilter(all, '   ')).toEqual(countByFilter(all, ''));
  });

  it('is all zeros for an empty workspace', () => {
    expect(countByFilter([], 'x')).toEqual({ all: 0, image: 0, html: 0, code: 0, file: 0 });
  });
});
