/*
 * HQ's strings are untrusted. Two kinds of characters let a name look like
 * something it is not, and both are dealt with here, before anything shows
 * or saves a name.
 *
 * Invisible characters — format characters (Unicode category Cf: bidi
 * overrides and isolates, the Arabic letter mark, soft hyphens, zero-width
 * spaces and joiners, the BOM, tag characters, musical beam controls) and the
 * rest of Unicode's Default_Ignorable_Code_Point set (combining grapheme
 * joiner U+034F, Khmer inherent vowels U+17B4/U+17B5, Mongolian variation
 * selectors, variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, reserved
 * ignorables). They draw nothing and take no room, but "report" + U+202E
 * RIGHT-TO-LEFT OVERRIDE + "fdp.exe" shows as "reportexe.pdf". They are removed.
 *
 * Blank-looking characters — they draw nothing but do take room, so a run of
 * them pushes the rest of a name out of sight: "Q3-report.pdf" + 40 × U+3164
 * + ".exe" reads as a PDF whose end the ellipsis cut off. They become a plain
 * space, and runs of spaces collapse to one. Besides whitespace (JavaScript's
 * \s: tab, line breaks, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000) these are the letters and symbols whose glyph is
 * empty (BLANK_LOOKING below) and control characters, which browsers draw as
 * nothing. Sources: the "Unicode Spaces" and "additional control characters"
 * sections of the Big List of Naughty Strings, the blank characters listed
 * by invisible-characters.com (Hangul fillers, Braille blank, musical null
 * notehead), and Unicode's DerivedCoreProperties (Default_Ignorable_Code_Point).
 */

/**
 * Letters and symbols that render as empty space but are not whitespace to \s:
 * - U+115F HANGUL CHOSEONG FILLER, U+1160 HANGUL JUNGSEONG FILLER,
 *   U+3164 HANGUL FILLER, U+FFA0 HALFWIDTH HANGUL FILLER (letters, Lo)
 * - U+2800 BRAILLE PATTERN BLANK (a braille cell with no dots, So)
 * - U+1D159 MUSICAL SYMBOL NULL NOTEHEAD (So)
 * - U+16FE4 KHITAN SMALL SCRIPT FILLER (Mn)
 * And control characters (Cc), which browsers draw as nothing: a space keeps
 * the text on either side apart, as it was meant to be read.
 * The Hangul fillers are also default-ignorable; they become a space rather
 * than nothing because fonts draw them as wide blanks. (U+16FE4, a combining
 * mark, sits outside the character class, where it would read as combining
 * with its neighbour.)
 */
const BLANK_LOOKING = /[\p{Cc}\u115F\u1160\u3164\uFFA0\u2800\u{1D159}]|\u{16FE4}/gu;
/** Format characters and the other default-ignorable code points: drawn as nothing, so they go. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Text as it would be read: invisible characters removed, blank-looking ones
 * turned into spaces, whitespace collapsed to single spaces and trimmed. For
 * one-line text people read — names, titles, captions (a caption's line
 * breaks become spaces; it is shown as one paragraph anyway).
 */
export function visibleText(text: string): string {
  return (
    text
      // Blank-looking first: the Hangul fillers are default-ignorable too, and must leave a space, not nothing.
      .replace(BLANK_LOOKING, ' ')
      .replace(INVISIBLE, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
