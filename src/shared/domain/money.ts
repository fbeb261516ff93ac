/**
 * Money is integer öre everywhere: in the database, on the wire and in arithmetic. Kronor as
 * floating point only exist at the edges (typing, printing), and every rounding is explicit.
 */

export type Ore = number;

function requireOre(ore: Ore, what = 'Amount'): void {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`${what} must be a whole number of öre, got ${ore}`);
}

/** Integer division rounded to nearest, halves away from zero, exact for safe integers. */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} in integers`);
  }
  const n = Math.abs(numerator);
  const remainder = n % denominator;
  const quotient = (n - remainder) / denominator + (2 * remainder >= denominator ? 1 : 0);
  return numerator < 0 && quotient !== 0 ? -quotient : quotient;
}

/** Rounds a non-integer öre value, halves away from zero, forgiving binary noise (1.005 kr is 101 öre). */
function roundOre(value: number): Ore {
  if (!Number.isFinite(value)) throw new RangeError(`Not an amount: ${value}`);
  const cleaned = Number(value.toPrecision(15));
  const rounded = Math.sign(cleaned) * Math.round(Math.abs(cleaned));
  const ore = rounded === 0 ? 0 : rounded;
  requireOre(ore);
  return ore;
}

/** Kronor (as typed or read from a rate notice) to öre, rounded to the nearest öre. */
export function kronorToOre(kr: number): Ore {
  return roundOre(kr * 100);
}

/** Exact decimal kronor for an öre amount, e.g. 144250 → '1442.50'. */
export function oreToKronorString(ore: Ore): string {
  requireOre(ore);
  const abs = Math.abs(ore);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${ore < 0 ? '-' : ''}${(abs - (abs % 100)) / 100}.${fraction}`;
}

const sekFormatters: Partial<Record<'sv' | 'en', Intl.NumberFormat>> = {};

function sekFormatter(language: 'sv' | 'en'): Intl.NumberFormat {
  // sv-SE: "1 442,00 kr"; en-GB: "SEK 1,442.00" (British English is the English of EU agencies).
  return (sekFormatters[language] ??= new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    style: 'currency',
    currency: 'SEK',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }));
}

/**
 * An amount as people read it: Swedish "1 442,00 kr", English "SEK 1,442.00". The spaces are
 * whatever Intl gives (non-breaking), so compare formatted text with that in mind.
 */
export function formatSek(ore: Ore, language: 'sv' | 'en'): string {
  // A decimal string, not ore / 100, so no amount is ever printed through a binary fraction.
  return sekFormatter(language).format(oreToKronorString(ore) as `${number}`);
}

// Spaces of every kind people paste from Word, Excel or our own formatted output.
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const SEK_INPUT = /^(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d{1,2}))?$/;

/**
 * What someone typed into an amount field, as öre, or null if it is not a plain non-negative
 * amount. Accepts "1 442,50", "1442.5", "1442", a trailing "kr" or leading/trailing "SEK".
 * Spaces may group thousands; a comma or a point is the decimal mark, never a thousands
 * separator, since "1,442" is one krona and 44.2 öre in Swedish — so more than two decimals is
 * rejected rather than guessed at.
 */
export function parseSekInput(text: string): Ore | null {
  let s = text.replace(SPACES, ' ').trim();
  s = s.replace(/^sek\s*/i, '').replace(/\s*(?:kr|sek|:-)$/i, '').trim();
  const m = SEK_INPUT.exec(s);
  if (!m) return null;
  const whole = Number(m[1]!.replace(/ /g, ''));
  const fraction = Number((m[2] ?? '').padEnd(2, '0'));
  const ore = whole * 100 + fraction;
  return Number.isSafeInteger(ore) ? ore : null;
}

/** The cost of `minutes` at an hourly rate, rounded to the nearest öre (halves away from zero). */
export function amountForMinutes(ratePerHourOre: Ore, minutes: number): Ore {
  requireOre(ratePerHourOre, 'Rate');
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`Minutes must be a whole number, got ${minutes}`);
  const product = ratePerHourOre * minutes;
  if (!Number.isSafeInteger(product)) throw new RangeError('Amount too large');
  return divideRounded(product, 60);
}

export const VAT_RATE_PERCENT = 25;

/** The VAT on an amount excluding VAT, rounded to the nearest öre. */
export function vatOf(ore: Ore): Ore {
  requireOre(ore);
  return divideRounded(ore * VAT_RATE_PERCENT, 100);
}

export function withVat(ore: Ore): Ore {
  return ore + vatOf(ore);
}

export function sumOre(values: Iterable<Ore>): Ore {
  let sum = 0;
  for (const v of values) {
    requireOre(v);
    sum += v;
  }
  requireOre(sum, 'Sum');
  return sum;
}
