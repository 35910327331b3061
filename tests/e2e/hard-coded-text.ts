import type { Page } from '@playwright/test';

/*
 * For the pseudo-locale run: every word the page shows or says (text, and the
 * aria-label, title, placeholder and alt a screen reader reads) that did not
 * come from a catalogue. Catalogue words are wrapped in ⟦ ⟧ with no plain
 * ASCII letter; data keeps its letters but sits in what isolates it — <bdi>,
 * dir="auto", <time>, <code>, translate="no" — which is skipped. Shadow roots
 * (the page panel) are searched too.
 */
export async function hardCodedText(page: Page, rootSelector = 'html'): Promise<string[]> {
  return page.evaluate((selector) => {
    const DATA = 'bdi, [dir="auto"], time, code, pre, [translate="no"], script, style, iframe, textarea, input, svg';
    const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
    const foreign = (text: string) => /[A-Za-z]/.test(text.replace(/⟦[^⟧]*(⟧|$)/g, ' ').replace(/^[^⟦]*⟧/, ' '));
    const where = (element: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = element; at && parts.length < 4; at = at.parentElement)
        parts.unshift(
          at.tagName.toLowerCase() +
            (at.className && typeof at.className === 'string' ? `.${at.className.split(' ')[0]}` : ''),
        );
      return parts.join(' > ');
    };
    const found: string[] = [];
    /** The element's text outside its data. */
    const ownText = (element: Element): string => {
      const copy = element.cloneNode(true) as Element;
      for (const data of copy.querySelectorAll(DATA)) data.remove();
      return copy.textContent ?? '';
    };
    // An attribute that repeats data shown on the page (a file name as a tooltip) is data too.
    const dataTexts = new Set<string>();
    const collect = (root: ParentNode) => {
      for (const element of root.querySelectorAll(DATA)) dataTexts.add((element.textContent ?? '').trim());
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
    };
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.closest(DATA)) continue;
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name);
          // …and so is the tooltip of an element that shows nothing but data (a cut name's whole name).
          const showsData = element.querySelector(DATA) !== null && !foreign(ownText(element));
          if (value && foreign(value) && !dataTexts.has(value.trim()) && !showsData)
            found.push(`${where(element)} [${name}] "${value}"`);
        }
        if (element.getClientRects().length === 0 && !element.closest('.visually-hidden, .sr-only')) continue;
        for (const node of element.childNodes) {
          if (node.nodeType === Node.TEXT_NODE && node.textContent && foreign(node.textContent))
            found.push(`${where(element)} "${node.textContent.trim().slice(0, 80)}"`);
        }
      }
    };
    const root = document.querySelector(selector);
    // The panel's host: its words are in its shadow root, which querySelectorAll does not enter.
    const roots: ParentNode[] = root ? [root, ...(root.shadowRoot ? [root.shadowRoot] : [])] : [];
    roots.forEach(collect);
    roots.forEach(visit);
    if (location.protocol.endsWith('-extension:') && /[A-Za-z]/.test(document.title.replace(/⟦[^⟧]*⟧/g, '')))
      found.push(`document.title "${document.title}"`);
    return [...new Set(found)];
  }, rootSelector);
}

/** Elements whose words run out of their box (the page scrolls sideways, or a control's text spills over). */
export async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      // The innermost elements that reach past the edge: what to fix.
      const past = [...document.querySelectorAll('body *')].filter((element) => {
        const { left, right } = element.getBoundingClientRect();
        return (
          (right > width + 1 || left < -1) &&
          ![...element.children].some((child) => {
            const box = child.getBoundingClientRect();
            return box.right > width + 1 || box.left < -1;
          })
        );
      });
      const named = past.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width}): ${named.join(', ')}`);
    }
    for (const element of document.querySelectorAll('button, [role="tab"], label, summary, h1, h2, h3')) {
      const style = getComputedStyle(element);
      if (style.overflowX !== 'visible' || element.getClientRects().length === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}"`);
    }
    return found;
  });
}
