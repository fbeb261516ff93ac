/**
 * The agency's dated rate table and what a cost item is worth under it. An item is priced by
 * the rate in force on the item's own date, not on the day the claim is sent, so a claim that
 * straddles New Year mixes two years' rates.
 */
import { compareIsoDate, isoDateParts, type IsoDate } from './dates.ts';
import { amountForMinutes, type Ore } from './money.ts';

export const COST_TYPES = ['eget_arbete', 'mote', 'tidsspillan', 'restid', 'utlagg', 'milersattning'] as const;
export type CostType = (typeof COST_TYPES)[number];

export type CostUnit = 'minutes' | 'ore' | 'km';

export const COST_TYPE_UNIT: Record<CostType, CostUnit> = {
  eget_arbete: 'minutes',
  mote: 'minutes',
  tidsspillan: 'minutes',
  restid: 'minutes',
  utlagg: 'ore',
  milersattning: 'km',
};

export const COST_TYPE_LABEL: Record<CostType, { sv: string; en: string }> = {
  eget_arbete: { sv: 'Eget arbete', en: 'Own work' },
  mote: { sv: 'Möte', en: 'Meeting' },
  tidsspillan: { sv: 'Tidsspillan', en: 'Lost time' },
  restid: { sv: 'Restid', en: 'Travel time' },
  utlagg: { sv: 'Utlägg', en: 'Outlay' },
  milersattning: { sv: 'Milersättning', en: 'Mileage' },
};

export function isCostType(s: unknown): s is CostType {
  return typeof s === 'string' && (COST_TYPES as readonly string[]).includes(s);
}

export interface RateRow {
  /** In force from this day until the next row's validFrom. */
  validFrom: IsoDate;
  /** Timkostnadsnorm per hour excluding VAT, counsel with F-skatt (eget arbete, möte). */
  hourlyOre: Ore;
  /** Per hour of tidsspillan (lost time and travel time, weekdays 08–18) excluding VAT. */
  lostTimeOre: Ore;
  /** Per kilometre driven. */
  perKmOre: Ore;
  /** True when the hourly figures are demo assumptions, not the published norm (later years, until confirmed). */
  assumed: boolean;
  /** The mileage rate is a demo assumption in every year. */
  perKmAssumed: boolean;
}

/**
 * Hourly figures 2022–2024 are Domstolsverket's published timkostnadsnorm and tidsspillan for
 * counsel with F-skatt. 2025 and 2026 are assumed demo values, as is the mileage rate throughout
 * (250 öre/km, i.e. 25 kr per Swedish mil).
 */
export const RATE_TABLE: readonly RateRow[] = Object.freeze(
  [
    { validFrom: '2022-01-01', hourlyOre: 144_200, lostTimeOre: 132_000, perKmOre: 250, assumed: false, perKmAssumed: true },
    { validFrom: '2023-01-01', hourlyOre: 147_600, lostTimeOre: 135_000, perKmOre: 250, assumed: false, perKmAssumed: true },
    { validFrom: '2024-01-01', hourlyOre: 153_100, lostTimeOre: 140_000, perKmOre: 250, assumed: false, perKmAssumed: true },
    { validFrom: '2025-01-01', hourlyOre: 158_400, lostTimeOre: 144_900, perKmOre: 250, assumed: true, perKmAssumed: true },
    { validFrom: '2026-01-01', hourlyOre: 163_700, lostTimeOre: 149_800, perKmOre: 250, assumed: true, perKmAssumed: true },
  ].map((row) => Object.freeze(row)),
);

/** The row in force on a date: the last one whose validFrom is on or before it. */
export function rateOn(date: IsoDate, table: readonly RateRow[] = RATE_TABLE): RateRow {
  isoDateParts(date);
  let found: RateRow | undefined;
  for (const row of table) {
    if (compareIsoDate(row.validFrom, date) <= 0 && (!found || compareIsoDate(row.validFrom, found.validFrom) > 0)) found = row;
  }
  if (!found) throw new RangeError(`No rate in force on ${date}`);
  return found;
}

export interface CostItemExtent {
  type: CostType;
  date: IsoDate;
  minutes?: number;
  ore?: Ore;
  km?: number;
}

function requireNonNegativeInteger(value: number | undefined, what: string): number {
  if (value === undefined || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole number, got ${String(value)}`);
  }
  return value;
}

/** What a cost item is worth in öre excluding VAT, priced by the rate in force on its date. */
export function costItemAmount(item: CostItemExtent, table: readonly RateRow[] = RATE_TABLE): Ore {
  switch (item.type) {
    case 'eget_arbete':
    case 'mote':
      return amountForMinutes(rateOn(item.date, table).hourlyOre, requireNonNegativeInteger(item.minutes, 'minutes'));
    case 'tidsspillan':
    case 'restid':
      return amountForMinutes(rateOn(item.date, table).lostTimeOre, requireNonNegativeInteger(item.minutes, 'minutes'));
    case 'utlagg':
      return requireNonNegativeInteger(item.ore, 'ore');
    case 'milersattning':
      return rateOn(item.date, table).perKmOre * requireNonNegativeInteger(item.km, 'km');
  }
}
