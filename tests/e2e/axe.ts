import axe from 'axe-core';
import type { Page } from '@playwright/test';

/*
 * axe-core run inside a page of ours, as the issue's audit ran it: WCAG 2.2 A
 * and AA plus best practice. Injected with evaluate, which extension pages'
 * script policy does not block. Artifact content in preview frames is the
 * artifact's, not ours: frames are not audited.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

export interface Violation {
  rule: string;
  impact: string | null;
  nodes: string[];
}

/** The violations on the page, or only inside `scope` (a selector; a shadow host includes its shadow tree). */
export async function axeViolations(page: Page, scope?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, scope }) => {
      const run = (window as unknown as { axe: typeof import('axe-core') }).axe.run;
      const results = await run(scope ? { include: [scope] } : document, {
        runOnly: { type: 'tag', values: tags },
        iframes: false,
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? null,
        nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
      }));
    },
    { tags: TAGS, scope },
  );
}
