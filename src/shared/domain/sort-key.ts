/**
 * A key that sorts names as a Swedish reader expects with plain binary comparison (SQLite has
 * no Swedish collation): case-insensitive, å ä ö after z in that order, other accents ignored
 * (é with e, ü with y as the Swedish Academy's word list sorts them), punctuation ignored
 * ("Beslut – avslag" before "Beslut om").
 */
const SWEDISH_LAST: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}' };

export function swedishSortKey(s: string): string {
  const lower = s.toLocaleLowerCase('sv').trim();
  let key = '';
  for (const ch of lower) {
    const last = SWEDISH_LAST[ch];
    if (last) {
      key += `z${last}`;
      continue;
    }
    const base = ch === 'ü' ? 'y' : ch.normalize('NFD').replace(/\p{M}+/gu, '');
    key += base;
  }
  return key
    .replace(/[^\p{L}\p{N}{|}]+/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();
}
