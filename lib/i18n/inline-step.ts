/**
 * Which way a horizontal arrow key moves along a line of controls or a list
 * of previews: the key pointing toward the line's end means forward (+1), so
 * → in a left-to-right layout and ← in a right-to-left (Arabic) one; -1 for
 * the other arrow, 0 for any other key.
 */
export function inlineStep(key: string, dir: string): -1 | 0 | 1 {
  const toEnd = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const toStart = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  return key === toEnd ? 1 : key === toStart ? -1 : 0;
}
