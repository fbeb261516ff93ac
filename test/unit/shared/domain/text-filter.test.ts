import { describe, expect, it } from 'vitest';
import { createTextFilter, filterWords, matchesAllWords, normalizeForSearch } from '../../../../src/shared/domain/text-filter.ts';

const rows: (string | null)[][] = [
  ['2024-1234', 'Göran Persson', 'Somalia'],
  ['2024-1235', 'Åsa Göransson', 'Sverige'],
  ['2024-2001', 'Amina Ali', 'Somalia'],
  ['2024-2002', 'Mikko Virtanen', 'Finland'],
  ['2024-2003', 'Anders Østergaard', null],
];
const matching = (query: string): string[] =>
  rows.filter((r) => matchesAllWords(filterWords(query), r)).map((r) => r[0]!);

describe('normalizeForSearch', () => {
  it('drops case and diacritics: "Göran ÅSA Éric" → "goran asa eric"', () => {
    expect(normalizeForSearch('Göran ÅSA Éric')).toBe('goran asa eric');
  });

  it('collapses and trims whitespace, tabs and non-breaking spaces included', () => {
    expect(normalizeForSearch('  Amina\t\u00a0 Ali \n')).toBe('amina ali');
  });

  it('maps letters without a combining form: ß → ss, æ → ae, ø → o, œ → oe, ł → l', () => {
    expect(normalizeForSearch('Straße Æbleø Østergaard Œuvre Łódź')).toBe('strasse aebleo ostergaard oeuvre lodz');
  });

  it('treats composed and decomposed input alike', () => {
    expect(normalizeForSearch('Go\u0308ran')).toBe(normalizeForSearch('G\u00f6ran'));
  });

  it('is idempotent', () => {
    for (const s of ['Göran Persson', 'ÅÄÖ åäö', 'İstanbul', 'Straße']) {
      expect(normalizeForSearch(normalizeForSearch(s))).toBe(normalizeForSearch(s));
    }
  });
});

describe('filterWords', () => {
  it('splits a query into normalized words, dropping empties and duplicates', () => {
    expect(filterWords('  Göran   somalia GÖRAN ')).toEqual(['goran', 'somalia']);
    expect(filterWords('')).toEqual([]);
    expect(filterWords('   ')).toEqual([]);
  });
});

describe('matchesAllWords (the manual’s list filter)', () => {
  it('"Göran Somalia" finds the row where Göran and Somalia are in different columns, and no other', () => {
    expect(matching('Göran Somalia')).toEqual(['2024-1234']);
  });

  it('"goran" finds Göran Persson and Åsa Göransson', () => {
    expect(matching('goran')).toEqual(['2024-1234', '2024-1235']);
  });

  it('"ÅSA" finds "Åsa"', () => {
    expect(matching('ÅSA')).toEqual(['2024-1235']);
    expect(matching('asa')).toEqual(['2024-1235']);
  });

  it('a partial word matches: "fin" finds Finland', () => {
    expect(matching('fin')).toEqual(['2024-2002']);
  });

  it('"somalia" alone finds both Somali rows; "somalia finland" finds none', () => {
    expect(matching('somalia')).toEqual(['2024-1234', '2024-2001']);
    expect(matching('somalia finland')).toEqual([]);
  });

  it('matches the agency number too, and ignores null columns: "2003 oster"', () => {
    expect(matching('2003 oster')).toEqual(['2024-2003']);
  });

  it('a word must lie within one column, not across two', () => {
    expect(matching('perssonsomalia')).toEqual([]);
  });

  it('no words match every row', () => {
    expect(matching('')).toHaveLength(rows.length);
    expect(matchesAllWords([], [])).toBe(true);
  });

  it('words passed as typed are normalized too', () => {
    expect(matchesAllWords(['GÖRAN'], ['Göran Persson'])).toBe(true);
  });

  it('createTextFilter prepares a query once for many rows', () => {
    const filter = createTextFilter('amina SOMALIA');
    expect(rows.filter(filter).map((r) => r[0])).toEqual(['2024-2001']);
  });
});
