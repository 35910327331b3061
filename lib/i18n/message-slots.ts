/*
 * A message whose placeholders hold markup rather than plain text: a name in
 * <bdi> (so a left-to-right file name reads right inside an Arabic sentence),
 * a link, a word in bold, a <time>. The message is asked for with a marker in
 * each such place, then cut at the markers, so the translator still orders the
 * whole sentence. The markers are private-use characters, which no catalogue holds.
 */

/** The marker for the index-th part: t(key, slot(0), slot(1)), then fillSlots() puts the parts there. */
export const slot = (index: number): string => String.fromCharCode(0xe000 + index);

/** `message`'s text with slot(i) replaced by parts[i], in the order the message puts them. */
export function fillSlots<T>(message: string, parts: readonly T[]): Array<string | T> {
  return message.split(/([\uE000-\uE0FF])/).flatMap((piece, index): Array<string | T> => {
    if (index % 2 === 0) return piece ? [piece] : [];
    const part = parts[piece.charCodeAt(0) - 0xe000];
    return part === undefined ? [] : [part];
  });
}
