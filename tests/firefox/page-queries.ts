import type { ElementHandle, Page } from 'puppeteer-core';
import { call, waitUntil } from './firefox-browser';

/*
 * Finding things the way a person does — by role-like selector and the name
 * they read or hear — for puppeteer pages, open shadow roots included (the
 * conversation panel lives in one). Clicks and typing go through WebDriver
 * BiDi's input actions, so the page sees trusted events.
 */

type Name = string | RegExp;

interface Query {
  selector: string;
  source: string;
  flags: string;
  exact: string | null;
}

function query(selector: string, name: Name): Query {
  return typeof name === 'string'
    ? { selector, source: '', flags: '', exact: name }
    : { selector, source: name.source, flags: name.flags, exact: null };
}

/** Runs in the page: every element matching the query, shadow roots included, visible and enabled ones only. */
function matchesInPage(q: Query): Element[] {
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.matches(q.selector)) all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(' ')
        .map((id) => (element.getRootNode() as Document).getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0)
      return [...labels]
        .map((l) => l.textContent ?? '')
        .join(' ')
        .trim();
    return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const pattern = q.exact === null ? new RegExp(q.source, q.flags) : null;
  return all.filter((element) => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    // A person cannot use a disabled control either: wait until it is enabled.
    if ((element as HTMLButtonElement).disabled) return false;
    const name = nameOf(element);
    return pattern ? pattern.test(name) : name === q.exact;
  });
}

/** Evaluates `matchesInPage(q)` in the page, then `then(matches)` on the result (functions cross as source). */
function inPage(q: Query, then: string): string {
  return `(${matchesInPage.toString()})(${JSON.stringify(q)})${then}`;
}

/** Waits for the first visible element matching `selector` whose accessible name matches. */
export async function find(
  page: Page,
  selector: string,
  name: Name,
  timeoutMs = 15_000,
): Promise<ElementHandle<Element>> {
  const q = query(selector, name);
  await waitUntil(page, inPage(q, '.length > 0'), timeoutMs).catch(() => {
    throw new Error(`No visible ${selector} named ${String(name)}`);
  });
  return (await page.evaluateHandle(inPage(q, '[0]'))) as ElementHandle<Element>;
}

/** How many visible elements match now. */
export async function count(page: Page, selector: string, name: Name = /.*/): Promise<number> {
  return page.evaluate(inPage(query(selector, name), '.length')) as Promise<number>;
}

/**
 * Clicks `element` where it is as the pointer moves. Puppeteer's
 * ElementHandle.click aims first (clickablePoint) and clicks those page
 * coordinates a round trip or two later; a layout that moves meanwhile (the
 * popup's "Finding older artifacts…" coming or going below a list scrolled to
 * its end, rows with content-visibility: auto sizing themselves after the
 * scroll) makes it click whatever is there now. Here WebDriver BiDi takes the
 * element itself as the pointer's origin, so Firefox finds its centre as it
 * dispatches the move. Press and release are later ticks at that point, so
 * a layout that moves just then still misses: such a click fails here,
 * saying so, instead of as a missing outcome later. Click only what cannot
 * move at that moment.
 */
export async function clickElement(
  page: Page,
  element: ElementHandle<Element>,
  options: { count?: number } = {},
): Promise<void> {
  // As ElementHandle.click does (protected in puppeteer's types): the element's centre must be in view.
  await (element as unknown as { scrollIntoViewIfNeeded(): Promise<void> }).scrollIntoViewIfNeeded();
  const sharedId = (element as unknown as { remoteValue(): { sharedId?: string } }).remoteValue().sharedId;
  if (!sharedId) throw new Error('The element has no WebDriver BiDi reference');
  const mark = '__hqTestClickReached';
  await element.evaluate((el, key) => {
    const flags = el as unknown as Record<string, boolean>;
    flags[key] = false;
    el.addEventListener('click', () => (flags[key] = true), { capture: true, once: true });
  }, mark);
  // puppeteer-core's BiDi mouse passes `origin` on to input.performActions (typed internal).
  await page.mouse.click(0, 0, {
    count: options.count,
    origin: { type: 'element', element: { sharedId } },
  } as Parameters<Page['mouse']['click']>[2]);
  // A click that navigated or closed the page leaves nothing to ask: it was dispatched.
  const reached = await element
    .evaluate((el, key) => (el as unknown as Record<string, boolean>)[key] !== false, mark)
    .catch(() => true);
  if (!reached) {
    const description = await element.evaluate((el) => el.outerHTML.slice(0, 200)).catch(() => 'the element');
    throw new Error(`The click meant for ${description} did not reach it (the layout moved under the pointer?)`);
  }
}

export async function click(page: Page, selector: string, name: Name): Promise<void> {
  await clickElement(page, await find(page, selector, name));
}

export const clickButton = (page: Page, name: Name) => click(page, 'button, [role="button"], [role="tab"]', name);

/** Types into the field labelled `label`, replacing what was there, and checks the text landed. */
export async function fill(page: Page, label: Name, value: string): Promise<void> {
  const field = await find(page, 'input, textarea', label);
  await clickElement(page, field, { count: 3 });
  await field.evaluate((el) => {
    (el as HTMLInputElement).select();
  });
  await page.keyboard.press('Backspace');
  await field.type(value);
  const typed = await field.evaluate((el) => (el as HTMLInputElement).value);
  if (typed !== value)
    throw new Error(`Typed ${JSON.stringify(value)} into ${String(label)}, but it holds ${JSON.stringify(typed)}`);
}

/** Waits until some visible element matching `selector` has text matching `text`. */
export async function waitForText(page: Page, selector: string, text: Name, timeoutMs = 15_000): Promise<void> {
  const q = query(selector, text);
  await waitUntil(
    page,
    call((arg: Query) => {
      const pattern = arg.exact === null ? new RegExp(arg.source, arg.flags) : null;
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches(arg.selector)) found.push((element.textContent ?? '').replace(/\s+/g, ' ').trim());
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found.some((t) => (pattern ? pattern.test(t) : t.includes(arg.exact!)));
    }, q),
    timeoutMs,
  ).catch(() => {
    throw new Error(`No ${selector} with text ${String(text)}`);
  });
}

/** The popup's row names, in order, once every row is in. */
export async function rowNames(popup: Page): Promise<string[]> {
  await waitUntil(popup, `document.querySelector('#artifact-list:not([aria-busy="true"]) .row-name') !== null`);
  // Whole names: a long one is shown shortened in the middle, and its title holds it all.
  return popup.evaluate(() =>
    [...document.querySelectorAll('#artifact-list .row-main')].map((el) => el.getAttribute('title') ?? ''),
  );
}
