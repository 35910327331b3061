/*
 * Untrusted HTML made unable to reach the network before it becomes a
 * preview. The frame's policy stops fetches, but not everything that
 * connects: a preconnect or dns-prefetch hint, a prerender, a meta refresh, a
 * <base>, an anchor the browser may warm a connection up for when it is
 * pressed, an `attributionsrc` report. So whatever can name another place
 * goes — elements and attributes — and what is left can only be shown.
 * DOMParser builds a document with no browsing context: parsing it loads and
 * runs nothing.
 */

/** Elements that exist to fetch, navigate, embed or run something: removed with their content. */
const REMOVED_ELEMENTS = [
  'base',
  'link',
  'meta',
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'template',
];

/** Attributes that hold an address the browser may fetch, resolve, report to or navigate to (HTML, SVG, MathML). */
const ADDRESS_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'imagesrcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'ping',
  'lowsrc',
  'longdesc',
  'cite',
  'manifest',
  'dynsrc',
  'codebase',
  'archive',
  'classid',
  'profile',
  'attributionsrc',
  'itemtype',
]);

/** An image or poster may still show when its bytes are inline (a data: URL names no other place); an in-document #target may still be linked. */
function keepsAddress(name: string, value: string): boolean {
  const address = value.trim();
  if (name === 'src' || name === 'poster') return /^data:/i.test(address);
  return (name === 'href' || name === 'xlink:href') && address.startsWith('#');
}

export function inertHtml(untrustedHtml: string): string {
  const doc = new DOMParser().parseFromString(untrustedHtml, 'text/html');
  for (const element of doc.querySelectorAll(REMOVED_ELEMENTS.join(','))) element.remove();
  for (const element of doc.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      // Event handlers never run in the sandbox; gone all the same.
      if (lower.startsWith('on') || (ADDRESS_ATTRIBUTES.has(lower) && !keepsAddress(lower, value))) {
        element.removeAttribute(name);
        // A person can still see where a link pointed.
        if ((lower === 'href' || lower === 'xlink:href') && value.trim() && !element.hasAttribute('title'))
          element.setAttribute('title', value.trim());
      }
    }
  }
  return doc.documentElement.outerHTML;
}
