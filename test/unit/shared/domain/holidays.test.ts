import { describe, expect, it } from 'vitest';
import {
  deadlineEveOn,
  easterSunday,
  isNonWorkingDay,
  isWorkingDay,
  nonWorkingDayName,
  publicHolidayOn,
  swedishPublicHolidays,
} from '../../../../src/shared/domain/holidays.ts';
import { addDays, isoWeekday } from '../../../../src/shared/domain/dates.ts';

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [1818, '1818-03-22'],
  ])('Easter Sunday %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday between 22 March and 25 April (1900–2300)', () => {
    for (let year = 1900; year <= 2300; year++) {
      const easter = easterSunday(year);
      expect(isoWeekday(easter)).toBe(7);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`, easter).toBe(true);
    }
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
  });
});

describe('swedishPublicHolidays', () => {
  it('lists the thirteen named holidays of 2025 in date order', () => {
    expect([...swedishPublicHolidays(2025)].map(([d, n]) => `${d} ${n.sv}`)).toEqual([
      '2025-01-01 Nyårsdagen',
      '2025-01-06 Trettondedag jul',
      '2025-04-18 Långfredagen',
      '2025-04-20 Påskdagen',
      '2025-04-21 Annandag påsk',
      '2025-05-01 Första maj',
      '2025-05-29 Kristi himmelsfärdsdag',
      '2025-06-06 Sveriges nationaldag',
      '2025-06-08 Pingstdagen',
      '2025-06-21 Midsommardagen',
      '2025-11-01 Alla helgons dag',
      '2025-12-25 Juldagen',
      '2025-12-26 Annandag jul',
    ]);
  });

  it('gives English names too: Good Friday 2026 is 3 April', () => {
    expect(swedishPublicHolidays(2026).get('2026-04-03')).toEqual({ sv: 'Långfredagen', en: 'Good Friday' });
  });

  it('midsommardagen is the Saturday 20–26 June and alla helgons dag the Saturday 31 Oct–6 Nov, every year 2000–2100', () => {
    for (let year = 2000; year <= 2100; year++) {
      const names = new Map([...swedishPublicHolidays(year)].map(([d, n]) => [n.sv, d]));
      const midsummer = names.get('Midsommardagen')!;
      const allSaints = names.get('Alla helgons dag')!;
      expect(isoWeekday(midsummer)).toBe(6);
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true);
      expect(isoWeekday(allSaints)).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
    }
  });

  it('all saints 2025 is Saturday 1 November; 2026 it is Saturday 31 October', () => {
    expect(publicHolidayOn('2025-11-01')?.sv).toBe('Alla helgons dag');
    expect(publicHolidayOn('2026-10-31')?.sv).toBe('Alla helgons dag');
  });

  it('Ascension Day is a Thursday 39 days after Easter and Whit Sunday 49 days after, every year 2000–2100', () => {
    for (let year = 2000; year <= 2100; year++) {
      const easter = easterSunday(year);
      expect(publicHolidayOn(addDays(easter, 39))?.sv).toContain('Kristi himmelsfärdsdag');
      expect(isoWeekday(addDays(easter, 39))).toBe(4);
      expect(publicHolidayOn(addDays(easter, 49))?.sv).toContain('Pingstdagen');
    }
  });

  it('a day that is two holidays carries both names: 1 May 2008 was Ascension Day, 6 June 2049 is Whit Sunday', () => {
    expect(publicHolidayOn('2008-05-01')).toEqual({ sv: 'Första maj / Kristi himmelsfärdsdag', en: 'May Day / Ascension Day' });
    expect(publicHolidayOn('2049-06-06')?.sv).toBe('Pingstdagen / Sveriges nationaldag');
    expect(swedishPublicHolidays(2008).size).toBe(12);
  });

  it('before 2005 annandag pingst was a holiday and 6 June was not', () => {
    expect(publicHolidayOn('2004-05-31')?.sv).toBe('Annandag pingst');
    expect(publicHolidayOn('2004-06-06')).toBeNull();
    expect(publicHolidayOn('2005-06-06')?.sv).toBe('Sveriges nationaldag');
    expect(publicHolidayOn('2005-05-16')).toBeNull();
  });

  it('returns a fresh map each time, so callers cannot change the next caller’s holidays', () => {
    swedishPublicHolidays(2025).delete('2025-12-25');
    expect(swedishPublicHolidays(2025).has('2025-12-25')).toBe(true);
    expect(isNonWorkingDay('2025-12-25')).toBe(true);
  });
});

describe('isNonWorkingDay (the days lag 1930:173 moves a deadline from)', () => {
  it('midsummer eve 2025 is Friday 20 June and is not a working day', () => {
    expect(deadlineEveOn('2025-06-20')?.sv).toBe('Midsommarafton');
    expect(isNonWorkingDay('2025-06-20')).toBe(true);
  });

  it('a Friday 19–25 June outside midsummer is not an eve: Friday 13 and 27 June 2025 are working days', () => {
    expect(isNonWorkingDay('2025-06-13')).toBe(false);
    expect(isNonWorkingDay('2025-06-27')).toBe(false);
    expect(isNonWorkingDay('2026-06-19')).toBe(true); // midsummer eve 2026
  });

  it('julafton and nyårsafton are off whatever the weekday: Wednesday 24 and 31 December 2025', () => {
    expect(isNonWorkingDay('2025-12-24')).toBe(true);
    expect(isNonWorkingDay('2025-12-31')).toBe(true);
    expect(nonWorkingDayName('2025-12-24')).toEqual({ sv: 'Julafton', en: 'Christmas Eve' });
    expect(nonWorkingDayName('2025-12-31')).toEqual({ sv: 'Nyårsafton', en: "New Year's Eve" });
  });

  it('Saturdays and Sundays are off: 22 and 23 March 2025', () => {
    expect(isNonWorkingDay('2025-03-22')).toBe(true);
    expect(isNonWorkingDay('2025-03-23')).toBe(true);
    expect(nonWorkingDayName('2025-03-22')?.sv).toBe('Lördag');
    expect(nonWorkingDayName('2025-03-23')?.en).toBe('Sunday');
  });

  it('holidays on weekdays are off: Good Friday 18 April 2025, Easter Monday 21 April, Ascension 29 May, National Day Friday 6 June', () => {
    for (const d of ['2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-06', '2026-01-06', '2025-12-25', '2025-12-26']) {
      expect(isNonWorkingDay(d), d).toBe(true);
    }
  });

  it('ordinary weekdays are working days, including Maundy Thursday 17 April and Tuesday 22 April 2025', () => {
    for (const d of ['2025-04-17', '2025-04-22', '2025-06-05', '2025-06-23', '2025-12-23', '2025-12-29', '2026-01-02']) {
      expect(isWorkingDay(d), d).toBe(true);
      expect(nonWorkingDayName(d), d).toBeNull();
    }
  });

  it('in 2025 there are exactly 249 working days', () => {
    let count = 0;
    for (let d = '2025-01-01'; d <= '2025-12-31'; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
    // 365 days − 104 weekend days − 9 holidays on weekdays − 3 eves on weekdays (20 June, 24 and 31 December)
    expect(count).toBe(249);
  });
});
