import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDate,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isoWeekday,
  maxDate,
  minDate,
  stockholmDate,
  stockholmInstant,
  stockholmTime,
  toEpochDay,
} from '../../../../src/shared/domain/dates.ts';

/** Every date from `from` through `to`, built independently of the module under test. */
function* eachDay(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

describe('isIsoDate', () => {
  it('accepts real days written YYYY-MM-DD, including 29 February of a leap year', () => {
    expect(isIsoDate('2025-06-20')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
  });

  it('rejects days that do not exist: 30 February, 29 February 2025 and 1900, 31 April, month 13, day 0', () => {
    for (const s of ['2025-02-30', '2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00']) {
      expect(isIsoDate(s), s).toBe(false);
    }
  });

  it('rejects other shapes and non-strings', () => {
    for (const s of ['2025-6-20', '20250620', '2025-06-20T00:00:00Z', ' 2025-06-20', '0000-01-01', '', null, undefined, 20250620, new Date()]) {
      expect(isIsoDate(s), String(s)).toBe(false);
    }
  });
});

describe('addDays and daysBetween', () => {
  it('21 days after Friday 30 May 2025 is Friday 20 June 2025', () => {
    expect(addDays('2025-05-30', 21)).toBe('2025-06-20');
  });

  it('crosses month, year and leap-day boundaries: 2024-02-28 + 1 is 29 Feb, 2025-12-31 + 1 is 2026-01-01', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('1969-12-31', 1)).toBe('1970-01-01');
  });

  it('is unaffected by the DST change on Sunday 30 March 2025: Saturday + 2 days is Monday 31 March', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('daysBetween is b minus a: negative when b is earlier', () => {
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-06-20', '2025-06-01')).toBe(-19);
  });

  it('agrees with Date.UTC for every day 1990–2040 and round-trips through day numbers', () => {
    let expected = Date.UTC(1990, 0, 1) / 86_400_000;
    for (const d of eachDay('1990-01-01', '2040-12-31')) {
      expect(toEpochDay(d)).toBe(expected);
      expect(fromEpochDay(expected)).toBe(d);
      expected += 1;
    }
  });

  it('addDays(d, n) and daysBetween invert each other for many dates and offsets', () => {
    for (const d of eachDay('2023-11-01', '2024-03-31')) {
      for (const n of [-400, -31, -1, 0, 1, 21, 90, 366]) {
        const e = addDays(d, n);
        expect(daysBetween(d, e)).toBe(n);
        expect(addDays(e, -n)).toBe(d);
      }
    }
  });

  it('refuses fractional day counts and invalid dates instead of guessing', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-01', 'tomorrow')).toThrow(RangeError);
  });
});

describe('addMonths (lag 1930:173 §2)', () => {
  it('30 November 2025 + 3 months is 28 February 2026, the last day of a month without a 30th', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('30 November 2023 + 3 months is 29 February 2024 in a leap year', () => {
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });

  it('keeps the day number when the target month has it: 15 March 2025 + 3 months is 15 June', () => {
    expect(addMonths('2025-03-15', 3)).toBe('2025-06-15');
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
  });

  it('31 January + 1 month is the last of February; 31 May + 1 month is 30 June', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-05-31', 1)).toBe('2025-06-30');
  });

  it('crosses years both ways and counts 24 months from 29 Feb 2024 to 28 Feb 2026', () => {
    expect(addMonths('2025-10-15', 3)).toBe('2026-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('for every day 2020–2030 the result is in the right month, never past the same day number, and +0 is identity', () => {
    for (const d of eachDay('2020-01-01', '2030-12-31')) {
      expect(addMonths(d, 0)).toBe(d);
      for (const n of [1, 3, 24, -1]) {
        const r = addMonths(d, n);
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const [ry, rm, rday] = r.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
        expect(rday).toBe(Math.min(day, daysInMonth(ry, rm)));
      }
    }
  });
});

describe('comparison and weekdays', () => {
  it('compareIsoDate orders by calendar and sorts a list', () => {
    expect(compareIsoDate('2023-12-31', '2024-01-01')).toBeLessThan(0);
    expect(compareIsoDate('2024-01-01', '2024-01-01')).toBe(0);
    expect(['2025-06-20', '2024-12-24', '2025-01-06'].sort(compareIsoDate)).toEqual(['2024-12-24', '2025-01-06', '2025-06-20']);
  });

  it('minDate and maxDate pick the earliest and latest', () => {
    expect(minDate('2025-06-20', '2025-04-18', '2025-12-24')).toBe('2025-04-18');
    expect(maxDate('2025-06-20', '2025-04-18', '2025-12-24')).toBe('2025-12-24');
    expect(minDate('2025-06-20')).toBe('2025-06-20');
  });

  it('isoWeekday: Thursday 1 Jan 1970 is 4, Friday 20 June 2025 is 5, Sunday 30 March 2025 is 7, Monday 23 June 2025 is 1', () => {
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2025-06-20')).toBe(5);
    expect(isoWeekday('2025-03-30')).toBe(7);
    expect(isoWeekday('2025-06-23')).toBe(1);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('isoWeekday agrees with Date.getUTCDay for every day 1960–2040', () => {
    for (const d of eachDay('1960-01-01', '2040-12-31')) {
      expect(isoWeekday(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay() || 7);
    }
  });
});

describe('Stockholm time', () => {
  it('half past eleven UTC on New Year’s Eve 2025 is already 1 January 2026 in Stockholm', () => {
    expect(stockholmDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(stockholmTime('2025-12-31T23:30:00Z')).toBe('00:30');
  });

  it('accepts a Date, epoch milliseconds or an ISO string for the same instant', () => {
    const iso = '2025-06-20T21:59:00Z';
    expect(stockholmDate(new Date(iso))).toBe('2025-06-20');
    expect(stockholmDate(Date.parse(iso))).toBe('2025-06-20');
    expect(stockholmTime(iso)).toBe('23:59');
    expect(stockholmDate('2025-06-20T22:00:00Z')).toBe('2025-06-21');
    expect(stockholmTime('2025-06-20T22:00:00Z')).toBe('00:00');
  });

  it('refuses an invalid instant', () => {
    expect(() => stockholmDate('not a date')).toThrow(RangeError);
    expect(() => stockholmTime(Number.NaN)).toThrow(RangeError);
  });

  it('09:00 in Stockholm is 08:00Z in winter and 07:00Z in summer', () => {
    expect(stockholmInstant('2025-01-15', '09:00')).toBe('2025-01-15T08:00:00.000Z');
    expect(stockholmInstant('2025-07-15', '09:00')).toBe('2025-07-15T07:00:00.000Z');
    expect(stockholmInstant('2026-01-01', '00:00')).toBe('2025-12-31T23:00:00.000Z');
  });

  it('on Sunday 30 March 2025 clocks jump from 02:00 to 03:00: 01:59 is winter time, 03:30 summer time', () => {
    expect(stockholmInstant('2025-03-30', '01:59')).toBe('2025-03-30T00:59:00.000Z');
    expect(stockholmInstant('2025-03-30', '03:00')).toBe('2025-03-30T01:00:00.000Z');
    expect(stockholmInstant('2025-03-30', '03:30')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('02:30 on 30 March 2025 never happens and is read as 03:30 summer time, as Temporal does', () => {
    expect(stockholmInstant('2025-03-30', '02:30')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('on Sunday 26 October 2025 02:30 happens twice; the earlier (summer time, 00:30Z) is meant', () => {
    expect(stockholmInstant('2025-10-26', '01:59')).toBe('2025-10-25T23:59:00.000Z');
    expect(stockholmInstant('2025-10-26', '02:30')).toBe('2025-10-26T00:30:00.000Z');
    expect(stockholmInstant('2025-10-26', '03:00')).toBe('2025-10-26T02:00:00.000Z');
    expect(stockholmTime('2025-10-26T00:30:00Z')).toBe('02:30');
    expect(stockholmTime('2025-10-26T01:30:00Z')).toBe('02:30');
  });

  it('round-trips: for every quarter hour of the days around both 2025 changes, the instant shows that date and time', () => {
    for (const date of ['2025-03-29', '2025-03-30', '2025-03-31', '2025-10-25', '2025-10-26', '2025-10-27']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const instant = stockholmInstant(date, time);
        if (date === '2025-03-30' && time.startsWith('02:')) continue; // the hour that does not exist
        expect(stockholmDate(instant), `${date} ${time}`).toBe(date);
        expect(stockholmTime(instant), `${date} ${time}`).toBe(time);
      }
    }
  });

  it('refuses times that are not HH:MM within a day', () => {
    for (const t of ['24:00', '9:00', '09:60', '09:00:00', '']) {
      expect(() => stockholmInstant('2025-01-15', t), t).toThrow(RangeError);
    }
  });
});
