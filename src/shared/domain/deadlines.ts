/**
 * Deadline law, computed in one place so that the agency and the app can never disagree on
 * whether a window is open.
 */
import { addDays, addMonths, compareIsoDate, daysBetween, type IsoDate } from './dates.ts';
import { isNonWorkingDay } from './holidays.ts';

/**
 * Lag (1930:173) om beräkning av lagstadgad tid §2: a deadline whose last day falls on a
 * Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton may be met on the
 * next working day. The law covers deadlines set by statute and by an authority's decision alike.
 */
export function statutoryLastDay(d: IsoDate): IsoDate {
  let day = d;
  // At most five days in a row are off (julafton on a Wednesday through the Sunday after).
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Förvaltningslagen (2017:900) §44 and the manual: an appeal must arrive within three weeks. */
export const APPEAL_DAYS = 21;

/** The last day to appeal a decision the individual was notified of on `notifiedOn`. */
export function appealDeadline(notifiedOn: IsoDate): IsoDate {
  return statutoryLastDay(addDays(notifiedOn, APPEAL_DAYS));
}

export interface AppealWindow {
  /** Open through the whole of the last day, Stockholm time. */
  open: boolean;
  lastDay: IsoDate;
  /** Whole days after today that are still left: 0 on the last day, and 0 once closed. */
  daysLeft: number;
}

export function appealWindow(notifiedOn: IsoDate, today: IsoDate): AppealWindow {
  const lastDay = appealDeadline(notifiedOn);
  const left = daysBetween(today, lastDay);
  return { open: left >= 0, lastDay, daysLeft: Math.max(0, left) };
}

/**
 * Whether a reply to a completion request (kompletteringsbegäran) is still in time. The agency
 * sets the date; like any deadline set by an authority it runs over a weekend or holiday.
 */
export function completionReplyOpen(deadline: IsoDate, today: IsoDate): boolean {
  return compareIsoDate(today, statutoryLastDay(deadline)) <= 0;
}

/** Counsel may report availability at most this far ahead. */
export const AVAILABILITY_MAX_MONTHS = 24;

export function latestAvailabilityDate(today: IsoDate): IsoDate {
  return addMonths(today, AVAILABILITY_MAX_MONTHS);
}

export function isAvailabilityTooFar(date: IsoDate, today: IsoDate): boolean {
  return compareIsoDate(date, latestAvailabilityDate(today)) > 0;
}
