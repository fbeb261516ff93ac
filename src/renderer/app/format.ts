import type { Language } from '../../shared/contract/schemas.ts';
import { isoDateParts, type IsoDate } from '../../shared/domain/dates.ts';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Date and time as a Swedish user reads them, in Swedish time whatever the laptop's zone. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

/** A count with the language's digit grouping: "1 234" in Swedish, "1,234" in English. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A size in decimal units with one decimal at most: "3,2 MB". */
export function formatBytes(bytes: number, language: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Noon UTC of a calendar day is the same day in Stockholm, whatever DST does. */
function dayInstant(iso: IsoDate): Date {
  const { year, month, day } = isoDateParts(iso);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** A calendar day in words, as in the agency's letters: "23 juni 2025", "23 June 2025". */
export function formatDay(iso: IsoDate, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }).format(dayInstant(iso));
}

/** A calendar day in a table column: "2025-06-23", "23/06/2025". */
export function formatShortDay(iso: IsoDate, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeZone: 'Europe/Stockholm' }).format(dayInstant(iso));
}

/** A calendar day with its weekday, for a deadline the person must not miss: "måndag 23 juni 2025". */
export function formatDayWithWeekday(iso: IsoDate, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }).format(dayInstant(iso));
}

/** A time of day in Swedish time: "14:32". */
export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(iso));
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: 'Europe/Stockholm' });

/** Whether two instants fall on the same day in Sweden, where the person reads the time. */
export function sameSwedishDay(a: string | Date, b: string | Date): boolean {
  return stockholmDay.format(new Date(a)) === stockholmDay.format(new Date(b));
}

/** Names as a sentence lists them: "Karim Haddad och Noor Haddad". */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}
