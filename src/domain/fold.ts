/**
 * Folding text for search: case and German diacritics do not matter, so "munster" and
 * "MÜNSTER" find "Münster", and "strasse" finds "Straße". The digraph spelling ("Muenster") is
 * not folded: turning "ue" into "u" would make "elle" miss "Quelle".
 * Both the text searched and the query go through the same fold, so matching is a plain
 * `includes` on folded strings.
 */

/** Letters that do not decompose under NFD but have an ASCII spelling in German use. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};
const SPECIAL_RE = /[ßẞæœøđłı]/g;
/** Combining marks left after NFKD (the umlaut dots, accents, the ring of å ...). */
const COMBINING_RE = /\p{M}+/gu;
/** Only text with one of these needs the slow path (NFD, regex replaces). */
const NEEDS_WORK_RE = /[^\x00-\x7f]|[A-Z]/;

/**
 * Lower-cases `text`, drops diacritics, spells ß as "ss" and compatibility forms plainly
 * (NFKD: "ﬁ" → "fi", full-width letters → ASCII). Pure and idempotent: fold(fold(x)) === fold(x).
 */
export function fold(text: string): string {
  if (!NEEDS_WORK_RE.test(text)) return text;
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(COMBINING_RE, '')
      .replace(SPECIAL_RE, (ch) => SPECIAL[ch] ?? ch)
      // NFKD can yield capitals from symbols that have no lower case of their own ("ℌ" → "H").
      .toLowerCase()
  );
}

/** The words of a query, folded; empty for a blank query. */
export function foldedWords(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** True when every word of the (already folded) query occurs in the (already folded) haystack. */
export function matchesAll(foldedHaystack: string, words: readonly string[]): boolean {
  return words.every((w) => foldedHaystack.includes(w));
}
