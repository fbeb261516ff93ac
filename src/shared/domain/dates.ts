/**
 * Calendar dates as ISO strings `YYYY-MM-DD`.
 *
 * A date in this product is a day on the Swedish calendar, not an instant: deadlines, decisions
 * and cost items are all "which day". Arithmetic therefore runs on whole day numbers (days since
 * 1970-01-01) and never on local-time `Date` methods, so the host's time zone and DST cannot move
 * a deadline. Instants only enter through the Stockholm conversions at the bottom.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Years the string form can carry; the arithmetic itself would go further. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function parts(s: string): YearMonthDay | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a string naming a real calendar day: rejects 2025-02-30 and 2025-2-3. */
export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && parts(s) !== null;
}

/** Year, month and day of an ISO date; throws RangeError for anything that is not one. */
export function isoDateParts(d: IsoDate): YearMonthDay {
  const p = parts(d);
  if (!p) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return p;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Builds an ISO date from parts; throws RangeError if the day does not exist. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR || !parts(s)) {
    throw new RangeError(`No such date: ${year}-${month}-${day}`);
  }
  return s;
}

// Civil-calendar ↔ day-number conversion in pure integer arithmetic (H. Hinnant's algorithm),
// so that no Date quirk (two-digit years, local time) can leak in.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): YearMonthDay {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(d: IsoDate): number {
  const { year, month, day } = isoDateParts(d);
  return daysFromCivil(year, month, day);
}

/** The ISO date of a day number; throws RangeError outside years 0001–9999. */
export function fromEpochDay(n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a day number: ${n}`);
  const { year, month, day } = civilFromDays(n);
  return isoDateOf(year, month, day);
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'Days');
  return fromEpochDay(toEpochDay(d) + n);
}

/**
 * Statutory month arithmetic (lag 1930:173 §2): the day with the same number in the target
 * month, or that month's last day when it has no such day. So 30 November + 3 months is
 * 28 February (29 in a leap year), and 31 January + 1 month is the last of February.
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'Months');
  const { year, month, day } = isoDateParts(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < MIN_YEAR || y > MAX_YEAR) throw new RangeError(`${d} + ${n} months is outside years 0001–9999`);
  return isoDateOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** b − a in days: positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Sort comparator; validated ISO dates order lexically, but garbage must not sort silently. */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  isoDateParts(a);
  isoDateParts(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  const n = toEpochDay(d);
  return ((((n + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** The earliest of one or more dates. */
export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  let min = first;
  for (const d of rest) if (compareIsoDate(d, min) < 0) min = d;
  isoDateParts(min);
  return min;
}

/** The latest of one or more dates. */
export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  let max = first;
  for (const d of rest) if (compareIsoDate(d, max) > 0) max = d;
  isoDateParts(max);
  return max;
}

// ---------------------------------------------------------------------------------------------
// Instants on the Stockholm wall clock. The agency, the counsel and the law all live in
// Europe/Stockholm, whatever zone the laptop is set to.

export const STOCKHOLM_TIME_ZONE = 'Europe/Stockholm';

let stockholmFormatter: Intl.DateTimeFormat | undefined;

/** Created on first use: constructing a DateTimeFormat is costly, and lists format thousands. */
function formatter(): Intl.DateTimeFormat {
  stockholmFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: STOCKHOLM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return stockholmFormatter;
}

function toMillis(instant: Date | number | string): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function stockholmWallClock(ms: number): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter().formatToParts(ms)) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day' || p.type === 'hour' || p.type === 'minute' || p.type === 'second') {
      out[p.type] = Number(p.value);
    }
  }
  return out;
}

/** The Stockholm wall clock of an instant, written as if it were UTC milliseconds. */
function wallMillis(ms: number): number {
  const w = stockholmWallClock(ms);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return daysFromCivil(w.year, w.month, w.day) * 86_400_000 + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000 + (ms - wholeSecond);
}

/** The Europe/Stockholm calendar date of an instant. */
export function stockholmDate(instant: Date | number | string): IsoDate {
  const w = stockholmWallClock(toMillis(instant));
  return isoDateOf(w.year, w.month, w.day);
}

/** The Europe/Stockholm wall-clock time of an instant, 'HH:MM'. */
export function stockholmTime(instant: Date | number | string): string {
  const w = stockholmWallClock(toMillis(instant));
  return `${pad2(w.hour)}:${pad2(w.minute)}`;
}

export function isHhMm(s: unknown): s is string {
  return typeof s === 'string' && HH_MM.test(s);
}

/**
 * The instant (ISO, UTC, with Z) at which Stockholm clocks show `time` on `date`.
 *
 * Twice a year the wall clock is not a function of the instant, and we resolve it the way
 * Temporal's 'compatible' disambiguation does, because that is what people mean: a time that
 * occurs twice (the last Sunday of October, 02:00–02:59) is the earlier one, summer time; a time
 * that never occurs (the last Sunday of March, 02:00–02:59) is moved forward by the hour the
 * clocks skipped, so 02:30 becomes 03:30 summer time.
 */
export function stockholmInstant(date: IsoDate, time: string): string {
  const m = HH_MM.exec(time);
  if (!m) throw new RangeError(`Not a time (HH:MM): ${JSON.stringify(time)}`);
  const local = toEpochDay(date) * 86_400_000 + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  // Offsets a day either side bracket any transition; Stockholm changes at most once a day.
  const offsetBefore = wallMillis(local - 86_400_000) - (local - 86_400_000);
  const offsetAfter = wallMillis(local + 86_400_000) - (local + 86_400_000);
  const candidates = [local - offsetBefore, local - offsetAfter].filter((t) => wallMillis(t) === local);
  const chosen = candidates.length > 0 ? Math.min(...candidates) : local - offsetBefore;
  return new Date(chosen).toISOString();
}
