import { fillSlots } from '@/lib/i18n/message-slots';
/*
 * Building the panel's DOM in a page we do not own: nodes from text, never
 * parsed markup, and clicks only from the person.
 */

/** An SVG path's attributes (d, fill, stroke…): every icon here is made of paths. */
export type Shape = Record<string, string>;
/** The extension's mark (components/shared/HqLogo.tsx): a stack of delivered files. */
export const HQ_MARK: Shape[] = [
  { d: 'M10 2h12q8 0 8 8v12q0 8-8 8H10q-8 0-8-8V10q0-8 8-8z', fill: '#4f46e5' },
  { d: 'M9 9h10l4 4v11H9z', fill: '#fff' },
  { d: 'M19 9v4h4', stroke: '#c7d2fe', 'stroke-width': '1.5' },
  { d: 'M12 17h8m-8 3h5', stroke: '#4f46e5' },
];
export const DOWNLOAD_ICON: Shape[] = [{ d: 'M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 15.5h12' }];
export const CLOSE_ICON: Shape[] = [{ d: 'm5 5 10 10m0-10L5 15' }];

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('aria-') || key === 'role') node.setAttribute(key, String(value));
    else (node as unknown as Record<string, unknown>)[key] = value;
  }
  node.append(...children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An icon built as DOM nodes (no markup is ever parsed in the page). */
export function svgIcon(shapes: Shape[], viewBox = '0 0 20 20'): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  for (const attributes of shapes) {
    const shape = document.createElementNS(SVG_NS, 'path');
    for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, value);
    svg.append(shape);
  }
  return svg;
}

/** A button whose content is one of the icons above. */
export function iconButton(className: string, label: string, icon: Shape[]): HTMLButtonElement {
  return el('button', { type: 'button', className, title: label, 'aria-label': label }, svgIcon(icon));
}

/** Runs `action` for clicks the browser vouches came from the person, not from page script. */
export function onPersonClick(target: HTMLElement, action: () => void): void {
  target.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}

/**
 * A message's words with its data in the translator's order, each string in a
 * <bdi> so a left-to-right name reads whole inside a right-to-left sentence.
 */
export function fill(words: string, ...data: Array<Node | string>): Array<Node | string> {
  return fillSlots(
    words,
    data.map((value) => (typeof value === 'string' ? el('bdi', {}, value) : value)),
  );
}
