/**
 * Validators for the numbers counsel types into "my details" and claims: personnummer,
 * organisationsnummer, bankgiro, plusgiro and the agency's individnummer. They catch typos
 * (the Luhn check digit exists for exactly that) before a payment goes to the wrong account.
 */
import { compareIsoDate, daysInMonth, isoDateOf, isoDateParts, type IsoDate } from './dates.ts';

/** Luhn (mod 10) over a string of digits, the check digit last. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 1, 2, 1, 2 … counted from the check digit leftwards.
    let v = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** The digit that makes `digits` + it pass Luhn. */
export function luhnCheckDigit(digits: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(digits + String(d))) return d;
  throw new RangeError(`Not digits: ${JSON.stringify(digits)}`);
}

// 12 digits (century given) with an optional hyphen, or 10 digits with '-', '+' (100 years or
// older) or nothing. Surrounding spaces are forgiven, spaces inside are not.
const PNR_12 = /^(\d{2})(\d{2})(\d{2})(\d{2})-?(\d{4})$/;
const PNR_10 = /^(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

interface ParsedPnr {
  century: number | null;
  yy: number;
  month: number;
  /** The day as written: 61–91 for a samordningsnummer. */
  day: number;
  separator: '' | '-' | '+';
  serial: string;
}

function parsePnr(s: string): ParsedPnr | null {
  const t = s.trim();
  const long = PNR_12.exec(t);
  if (long) {
    return { century: Number(long[1]), yy: Number(long[2]), month: Number(long[3]), day: Number(long[4]), separator: '-', serial: long[5]! };
  }
  const short = PNR_10.exec(t);
  if (short) {
    return { century: null, yy: Number(short[1]), month: Number(short[2]), day: Number(short[3]), separator: short[4] as ParsedPnr['separator'], serial: short[5]! };
  }
  return null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The birth day for a date part, taking a samordningsnummer's day + 60 back off. */
function birthDay(day: number): number {
  return day > 60 ? day - 60 : day;
}

function dateExists(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** With the century given, whether the date exists; without, whether it exists in some century. */
function dateExistsInSomeCentury(p: ParsedPnr): boolean {
  // 2000 is a leap year, so year 2000 + yy is leap exactly when some century makes it so.
  const year = p.century !== null ? p.century * 100 + p.yy : 2000 + p.yy;
  return dateExists(year, p.month, birthDay(p.day));
}

function luhnOfPnr(p: ParsedPnr): boolean {
  return luhnValid(`${pad2(p.yy)}${pad2(p.month)}${pad2(p.day)}${p.serial}`);
}

/** The full birth year of a 10-digit number: the latest one not in the future, 100 earlier for '+'. */
function resolveYear(p: ParsedPnr, today: IsoDate): number | null {
  if (p.century !== null) return p.century * 100 + p.yy;
  const ref = isoDateParts(today);
  let year = ref.year - (ref.year % 100) + p.yy;
  const day = birthDay(p.day);
  // A date that only exists in a leap year (29 Feb) is compared as 28 Feb when the candidate
  // year is not leap; resolving then steps back to a year where it does exist or rejects it.
  const notAfterToday = (y: number): boolean =>
    compareIsoDate(isoDateOf(y, p.month, Math.min(day, daysInMonth(y, p.month))), today) <= 0;
  if (!notAfterToday(year)) year -= 100;
  if (p.separator === '+') year -= 100;
  return year >= 1 ? year : null;
}

/**
 * A personnummer or samordningsnummer: 12 or 10 digits with a real date (samordningsnummer: day
 * + 60) and a valid check digit. Without `today`, a 10-digit number passes if its date exists in
 * some century (so 29 February always passes with a year divisible by four); with `today` the
 * century is resolved as normalizePersonnummer does.
 */
export function isValidPersonnummer(s: string, today?: IsoDate): boolean {
  if (today !== undefined) return normalizePersonnummer(s, today) !== null;
  const p = parsePnr(s);
  return p !== null && luhnOfPnr(p) && dateExistsInSomeCentury(p);
}

/**
 * The canonical 'YYYYMMDD-XXXX' form, or null if invalid. A 10-digit number gets the century
 * that makes the person at most 99 years old on `today` ('-') or at least 100 ('+').
 */
export function normalizePersonnummer(s: string, today: IsoDate): string | null {
  const p = parsePnr(s);
  if (!p || !luhnOfPnr(p) || !dateExistsInSomeCentury(p)) return null;
  const year = resolveYear(p, today);
  if (year === null || !dateExists(year, p.month, birthDay(p.day))) return null;
  return `${String(year).padStart(4, '0')}${pad2(p.month)}${pad2(p.day)}-${p.serial}`;
}

/** True for a samordningsnummer (coordination number: day of birth + 60). Does not validate. */
export function isSamordningsnummer(s: string): boolean {
  const p = parsePnr(s);
  return p !== null && p.day > 60;
}

// Optionally with the '16' prefix some systems add to make 12 digits.
const ORG_NR = /^(?:16)?(\d{6})-?(\d{4})$/;

/**
 * An organisationsnummer of a legal entity: 10 digits, NNNNNN-NNNN, valid check digit, and a
 * third digit of 2 or more (a personnummer's month never gets there, which is the point).
 */
export function isValidOrganisationsnummer(s: string): boolean {
  const m = ORG_NR.exec(s.trim());
  if (!m) return false;
  const digits = m[1]! + m[2]!;
  return Number(digits[2]) >= 2 && luhnValid(digits);
}

/** Either an organisationsnummer or, for a sole trader (enskild firma), the owner's personnummer. */
export function isValidOrgOrPersonnummer(s: string): boolean {
  return isValidOrganisationsnummer(s) || isValidPersonnummer(s);
}

function giroDigits(s: string): string {
  return s.trim().replace(/[\s\u00a0]+/g, '');
}

/** A bankgiro number: 7 or 8 digits with a valid check digit, as 123-4567, 1234-5678 or plain. */
export function isValidBankgiro(s: string): boolean {
  const t = giroDigits(s);
  if (!/^(\d{7,8}|\d{3}-\d{4}|\d{4}-\d{4})$/.test(t)) return false;
  return luhnValid(t.replace('-', ''));
}

/** Bankgiro in its printed form: 123-4567 or 1234-5678; other input comes back trimmed. */
export function formatBankgiro(s: string): string {
  if (!isValidBankgiro(s)) return s.trim();
  const d = giroDigits(s).replace('-', '');
  return `${d.slice(0, -4)}-${d.slice(-4)}`;
}

/**
 * A plusgiro number: 2 to 8 digits with a valid check digit, written with spaces between pairs
 * and a hyphen before the check digit (12 34 56-7), or plain.
 */
export function isValidPlusgiro(s: string): boolean {
  const t = giroDigits(s);
  if (!/^\d{1,7}-?\d$/.test(t)) return false;
  return luhnValid(t.replace('-', ''));
}

/** Plusgiro in its printed form: pairs from the right, hyphen before the check digit (1 23 45-6). */
export function formatPlusgiro(s: string): string {
  if (!isValidPlusgiro(s)) return s.trim();
  const d = giroDigits(s).replace('-', '');
  const body = d.slice(0, -1);
  const groups: string[] = [];
  for (let end = body.length; end > 0; end -= 2) groups.unshift(body.slice(Math.max(0, end - 2), end));
  return `${groups.join(' ')}-${d.slice(-1)}`;
}

/**
 * The agency's own number for an individual. Its structure is the agency's business, so this
 * only checks the shape: 8–10 digits, plain or as NNNN-NNNN(NN).
 */
const INDIVIDNUMMER = /^(?:\d{8,10}|\d{4}-\d{4,6})$/;

export function isValidIndividnummer(s: string): boolean {
  return INDIVIDNUMMER.test(s.trim());
}

/** NNNN-NNNN(NN) for a valid individnummer; anything else comes back trimmed, unchanged. */
export function formatIndividnummer(s: string): string {
  const t = s.trim();
  if (!INDIVIDNUMMER.test(t)) return t;
  const d = t.replace('-', '');
  return `${d.slice(0, 4)}-${d.slice(4)}`;
}
