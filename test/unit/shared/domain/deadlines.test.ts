import { describe, expect, it } from 'vitest';
import {
  APPEAL_DAYS,
  AVAILABILITY_MAX_MONTHS,
  appealDeadline,
  appealWindow,
  completionReplyOpen,
  isAvailabilityTooFar,
  latestAvailabilityDate,
  statutoryLastDay,
} from '../../../../src/shared/domain/deadlines.ts';
import { addDays, compareIsoDate, isoWeekday } from '../../../../src/shared/domain/dates.ts';
import { isNonWorkingDay } from '../../../../src/shared/domain/holidays.ts';

describe('statutoryLastDay (lag 1930:173 §2)', () => {
  it('leaves a working day alone: Tuesday 22 April 2025', () => {
    expect(statutoryLastDay('2025-04-22')).toBe('2025-04-22');
  });

  it('moves a Saturday or Sunday to Monday: 29 and 30 March 2025 → 31 March', () => {
    expect(statutoryLastDay('2025-03-29')).toBe('2025-03-31');
    expect(statutoryLastDay('2025-03-30')).toBe('2025-03-31');
  });

  it('moves Good Friday 2025 over Easter to Tuesday 22 April', () => {
    expect(statutoryLastDay('2025-04-18')).toBe('2025-04-22');
  });

  it('moves julafton on a Wednesday (2025) over five days off to Monday 29 December', () => {
    expect(statutoryLastDay('2025-12-24')).toBe('2025-12-29');
  });

  it('for every day 2020–2035 the last day is a working day, not before the day, with no working day between', () => {
    for (let d = '2020-01-01'; d <= '2035-12-31'; d = addDays(d, 1)) {
      const last = statutoryLastDay(d);
      expect(isNonWorkingDay(last), `${d} → ${last}`).toBe(false);
      expect(compareIsoDate(last, d)).toBeGreaterThanOrEqual(0);
      for (let between = d; between < last; between = addDays(between, 1)) {
        expect(isNonWorkingDay(between), `${between} lies between ${d} and ${last}`).toBe(true);
      }
      // Never more than five days off in a row.
      expect(compareIsoDate(last, addDays(d, 5))).toBeLessThanOrEqual(0);
      // Applying it twice changes nothing.
      expect(statutoryLastDay(last)).toBe(last);
    }
  });
});

describe('appealDeadline: 21 days from notification, moved off non-working days', () => {
  it('APPEAL_DAYS is 21', () => {
    expect(APPEAL_DAYS).toBe(21);
  });

  it('notified Monday 2 June 2025: the 21st day is Monday 23 June, a working day', () => {
    expect(appealDeadline('2025-06-02')).toBe('2025-06-23');
  });

  it.each([
    // [notified, 21st day and why it is off, last day]
    ['2025-03-08', 'Saturday 29 March 2025', '2025-03-31'],
    ['2025-03-09', 'Sunday 30 March 2025', '2025-03-31'],
    ['2025-03-28', 'Good Friday 18 April 2025 (then Easter Saturday, Sunday, Monday)', '2025-04-22'],
    ['2025-03-31', 'Easter Monday 21 April 2025', '2025-04-22'],
    ['2025-04-10', 'May Day, Thursday 1 May 2025', '2025-05-02'],
    ['2025-05-08', 'Ascension Day, Thursday 29 May 2025', '2025-05-30'],
    ['2025-05-16', 'National Day, Friday 6 June 2025 (then the weekend)', '2025-06-09'],
    ['2025-05-30', 'midsummer eve, Friday 20 June 2025 (then midsummer day and Sunday)', '2025-06-23'],
    ['2025-10-11', "All Saints' Day, Saturday 1 November 2025", '2025-11-03'],
    ['2025-12-03', 'Christmas Eve, Wednesday 24 December 2025 (then four more days off)', '2025-12-29'],
    ['2025-12-10', "New Year's Eve, Wednesday 31 December 2025 (then New Year's Day)", '2026-01-02'],
    ['2025-12-16', 'Epiphany, Tuesday 6 January 2026', '2026-01-07'],
    ['2022-12-03', 'Christmas Eve on Saturday 24 December 2022 (then Sunday and Boxing Day Monday)', '2022-12-27'],
    ['2024-03-08', 'Good Friday 29 March 2024', '2024-04-02'],
    ['2026-04-10', 'May Day, Friday 1 May 2026 (then the weekend)', '2026-05-04'],
    ['2026-05-29', 'midsummer eve, Friday 19 June 2026', '2026-06-22'],
  ])('notified %s: the 21st day is %s, so the last day is %s', (notified, _why, expected) => {
    expect(appealDeadline(notified)).toBe(expected);
    expect(isoWeekday(expected)).toBeLessThanOrEqual(5);
  });

  it('an appeal window whose 21st day is midsummer eve 2025 (Fri 20 June) ends on Monday 23 June', () => {
    const notified = '2025-05-30';
    expect(addDays(notified, 21)).toBe('2025-06-20');
    expect(appealWindow(notified, '2025-06-20')).toEqual({ open: true, lastDay: '2025-06-23', daysLeft: 3 });
    expect(appealWindow(notified, '2025-06-23')).toEqual({ open: true, lastDay: '2025-06-23', daysLeft: 0 });
    expect(appealWindow(notified, '2025-06-24')).toEqual({ open: false, lastDay: '2025-06-23', daysLeft: 0 });
  });

  it('the window is open on the day of notification with 21 days left', () => {
    expect(appealWindow('2025-06-02', '2025-06-02')).toEqual({ open: true, lastDay: '2025-06-23', daysLeft: 21 });
  });
});

describe('completionReplyOpen', () => {
  it('is open through the deadline day and closed the day after: deadline Wednesday 15 October 2025', () => {
    expect(completionReplyOpen('2025-10-15', '2025-10-01')).toBe(true);
    expect(completionReplyOpen('2025-10-15', '2025-10-15')).toBe(true);
    expect(completionReplyOpen('2025-10-15', '2025-10-16')).toBe(false);
  });

  it('a deadline set on Saturday 1 November 2025 (All Saints) may be met on Monday 3 November', () => {
    expect(completionReplyOpen('2025-11-01', '2025-11-03')).toBe(true);
    expect(completionReplyOpen('2025-11-01', '2025-11-04')).toBe(false);
  });
});

describe('availability dates', () => {
  it('AVAILABILITY_MAX_MONTHS is 24', () => {
    expect(AVAILABILITY_MAX_MONTHS).toBe(24);
  });

  it('from 15 March 2025 availability may be given up to 15 March 2027 but not the day after', () => {
    expect(latestAvailabilityDate('2025-03-15')).toBe('2027-03-15');
    expect(isAvailabilityTooFar('2027-03-15', '2025-03-15')).toBe(false);
    expect(isAvailabilityTooFar('2027-03-16', '2025-03-15')).toBe(true);
    expect(isAvailabilityTooFar('2025-03-15', '2025-03-15')).toBe(false);
  });

  it('from 29 February 2024 the limit is 28 February 2026', () => {
    expect(latestAvailabilityDate('2024-02-29')).toBe('2026-02-28');
    expect(isAvailabilityTooFar('2026-03-01', '2024-02-29')).toBe(true);
  });
});
