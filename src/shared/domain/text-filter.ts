/**
 * The list filter of the manual: type "Göran Somalia" and see the rows where every word occurs
 * in some column. People type without diacritics on foreign keyboards and names come transcribed
 * in several ways, so matching ignores case and diacritics (å, ä and ö match a and o too).
 */

// Letters that are not a base letter plus a combining mark, so NFD leaves them alone.
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};
const LIGATURE = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');
const COMBINING_MARK = /\p{M}+/gu;
const WHITESPACE = /\s+/g;

/** Lower-case, without diacritics, single-spaced and trimmed: the form both sides are compared in. */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .toLocaleLowerCase('sv')
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c)
    .replace(WHITESPACE, ' ')
    .trim();
}

/** The words of a filter query, normalized, each once, in the order typed. */
export function filterWords(query: string): string[] {
  const words = normalizeForSearch(query).split(' ').filter((w) => w.length > 0);
  return [...new Set(words)];
}

/**
 * True when every word is part of at least one column; no words match everything. A word need
 * not sit in a single column with the others, and may be part of a longer word ("fin" finds
 * Finland), as in the agency's own list.
 */
export function matchesAllWords(words: readonly string[], columns: readonly (string | null | undefined)[]): boolean {
  if (words.length === 0) return true;
  const haystacks = columns.filter((c): c is string => typeof c === 'string' && c.length > 0).map(normalizeForSearch);
  return words.every((word) => {
    // Normalizing again is idempotent and protects callers who pass words as typed.
    const w = normalizeForSearch(word);
    return haystacks.some((h) => h.includes(w));
  });
}

/** A row predicate for a query, with the query's words prepared once. */
export function createTextFilter(query: string): (columns: readonly (string | null | undefined)[]) => boolean {
  const words = filterWords(query);
  return (columns) => matchesAllWords(words, columns);
}

/** Separates columns in a stored search text, so a word can never match across two columns. */
export const COLUMN_SEPARATOR = '\u0001';

/** The columns of a row as one stored, normalized text: a LIKE per word then implements matchesAllWords. */
export function searchText(columns: readonly (string | null | undefined)[]): string {
  return columns.map((c) => (c ? normalizeForSearch(c) : '')).join(COLUMN_SEPARATOR);
}
