/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the days lag 1930:173 om
 * beräkning av lagstadgad tid treats like them. Computed, not listed, so that no year runs out.
 */
import { addDays, isoDateOf, isoDateParts, isoWeekday, type IsoDate } from './dates.ts';

export interface DayName {
  sv: string;
  en: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`No Gregorian Easter for year ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateOf(year, month, day);
}

/** The day of the given ISO weekday (1–7) in the seven days starting at `from`. */
function weekdayFrom(from: IsoDate, weekday: number): IsoDate {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

const SATURDAY = 6;
const FRIDAY = 5;

const holidayCache = new Map<number, ReadonlyMap<IsoDate, DayName>>();

function holidaysOf(year: number): ReadonlyMap<IsoDate, DayName> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: [IsoDate, DayName][] = [
    [isoDateOf(year, 1, 1), { sv: 'Nyårsdagen', en: "New Year's Day" }],
    [isoDateOf(year, 1, 6), { sv: 'Trettondedag jul', en: 'Epiphany' }],
    [addDays(easter, -2), { sv: 'Långfredagen', en: 'Good Friday' }],
    [easter, { sv: 'Påskdagen', en: 'Easter Sunday' }],
    [addDays(easter, 1), { sv: 'Annandag påsk', en: 'Easter Monday' }],
    [isoDateOf(year, 5, 1), { sv: 'Första maj', en: 'May Day' }],
    [addDays(easter, 39), { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' }],
    [addDays(easter, 49), { sv: 'Pingstdagen', en: 'Whit Sunday' }],
    // Since 2005 the national day replaced Whit Monday as a holiday.
    year >= 2005
      ? [isoDateOf(year, 6, 6), { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' }]
      : [addDays(easter, 50), { sv: 'Annandag pingst', en: 'Whit Monday' }],
    [weekdayFrom(isoDateOf(year, 6, 20), SATURDAY), { sv: 'Midsommardagen', en: 'Midsummer Day' }],
    [weekdayFrom(isoDateOf(year, 10, 31), SATURDAY), { sv: 'Alla helgons dag', en: "All Saints' Day" }],
    [isoDateOf(year, 12, 25), { sv: 'Juldagen', en: 'Christmas Day' }],
    [isoDateOf(year, 12, 26), { sv: 'Annandag jul', en: 'Boxing Day' }],
  ];
  list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const map = new Map<IsoDate, DayName>();
  // Movable feasts sometimes fall on a fixed one (Ascension on 1 May 2008, Whit Sunday on
  // 6 June 2049); the day then carries both names.
  for (const [date, name] of list) {
    const earlier = map.get(date);
    map.set(date, earlier ? { sv: `${earlier.sv} / ${name.sv}`, en: `${earlier.en} / ${name.en}` } : name);
  }
  holidayCache.set(year, map);
  return map;
}

/**
 * The public holidays of a year by lag (1989:253), in date order. Every Sunday is a holiday too;
 * the two that the law names (påskdagen, pingstdagen) are listed, the rest are not.
 * The rules are those in force since 2005 (before, annandag pingst instead of nationaldagen).
 */
export function swedishPublicHolidays(year: number): Map<IsoDate, DayName> {
  return new Map(holidaysOf(year));
}

/** The named holiday on a date, if any. */
export function publicHolidayOn(d: IsoDate): DayName | null {
  return holidaysOf(isoDateParts(d).year).get(d) ?? null;
}

/** The eves lag 1930:173 §2 names beside Saturdays and holidays. */
export function deadlineEveOn(d: IsoDate): DayName | null {
  const { month, day } = isoDateParts(d);
  if (month === 12 && day === 24) return { sv: 'Julafton', en: 'Christmas Eve' };
  if (month === 12 && day === 31) return { sv: 'Nyårsafton', en: "New Year's Eve" };
  if (month === 6 && day >= 19 && day <= 25 && isoWeekday(d) === FRIDAY) return { sv: 'Midsommarafton', en: 'Midsummer Eve' };
  return null;
}

/**
 * Why a deadline cannot end on this day, named: a holiday or one of the eves. Plain Saturdays and
 * Sundays get a name too, so a UI can say what moved the last day.
 */
export function nonWorkingDayName(d: IsoDate): DayName | null {
  const named = publicHolidayOn(d) ?? deadlineEveOn(d);
  if (named) return named;
  const weekday = isoWeekday(d);
  if (weekday === 6) return { sv: 'Lördag', en: 'Saturday' };
  if (weekday === 7) return { sv: 'Söndag', en: 'Sunday' };
  return null;
}

/**
 * True on the days lag (1930:173) moves a deadline away from: Saturday, Sunday, a public holiday,
 * midsommarafton, julafton and nyårsafton.
 */
export function isNonWorkingDay(d: IsoDate): boolean {
  return isoWeekday(d) >= 6 || publicHolidayOn(d) !== null || deadlineEveOn(d) !== null;
}

export function isWorkingDay(d: IsoDate): boolean {
  return !isNonWorkingDay(d);
}
