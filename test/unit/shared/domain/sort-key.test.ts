import { describe, expect, it } from 'vitest';
import { swedishSortKey } from '../../../../src/shared/domain/sort-key.ts';
import { COLUMN_SEPARATOR, filterWords, searchText } from '../../../../src/shared/domain/text-filter.ts';

const sortSv = (names: string[]) => [...names].sort((a, b) => (swedishSortKey(a) < swedishSortKey(b) ? -1 : 1));

describe('Swedish sort order by plain comparison', () => {
  it('puts å, ä, ö after z, in that order', () => {
    expect(sortSv(['Östen', 'Åsa', 'Zara', 'Ärla', 'Anna'])).toEqual(['Anna', 'Zara', 'Åsa', 'Ärla', 'Östen']);
  });
  it('ignores case and other accents', () => {
    expect(sortSv(['émile', 'Eva', 'adam', 'Ebba'])).toEqual(['adam', 'Ebba', 'émile', 'Eva']);
  });
  it('ignores punctuation: "Beslut – avslag" comes before "Beslut om"', () => {
    expect(sortSv(['Beslut om förordnande', 'Beslut – avslag', 'Beslut, bifall'])).toEqual(['Beslut – avslag', 'Beslut, bifall', 'Beslut om förordnande']);
  });

  it('sorts ü with y', () => {
    expect(sortSv(['Üzeyir', 'Zainab', 'Xavier', 'Yusuf', 'Ümit'])).toEqual(['Xavier', 'Ümit', 'Yusuf', 'Üzeyir', 'Zainab']);
  });
});

describe('stored search text', () => {
  it('holds every column normalized, separated so a word cannot span two columns', () => {
    const text = searchText(['1234-5678', 'Göran Ek', 'Somalia']);
    expect(text).toBe(['1234-5678', 'goran ek', 'somalia'].join(COLUMN_SEPARATOR));
    expect(filterWords('Göran Somalia').every((w) => text.includes(w))).toBe(true);
    expect(text.includes('ek somalia')).toBe(false);
  });
});
