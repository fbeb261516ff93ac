import { describe, expect, it } from 'vitest';
import {
  COST_TYPES,
  COST_TYPE_LABEL,
  COST_TYPE_UNIT,
  RATE_TABLE,
  costItemAmount,
  isCostType,
  rateOn,
  type RateRow,
} from '../../../../src/shared/domain/rates.ts';
import { addDays, compareIsoDate } from '../../../../src/shared/domain/dates.ts';

describe('cost types', () => {
  it('are the six of the manual, each with a unit and labels in both languages', () => {
    expect(COST_TYPES).toEqual(['eget_arbete', 'mote', 'tidsspillan', 'restid', 'utlagg', 'milersattning']);
    expect(COST_TYPES.map((t) => COST_TYPE_UNIT[t])).toEqual(['minutes', 'minutes', 'minutes', 'minutes', 'ore', 'km']);
    expect(COST_TYPES.map((t) => COST_TYPE_LABEL[t].sv)).toEqual(['Eget arbete', 'Möte', 'Tidsspillan', 'Restid', 'Utlägg', 'Milersättning']);
    expect(COST_TYPES.map((t) => COST_TYPE_LABEL[t].en)).toEqual(['Own work', 'Meeting', 'Lost time', 'Travel time', 'Outlay', 'Mileage']);
  });

  it('isCostType recognises exactly those', () => {
    expect(isCostType('restid')).toBe(true);
    expect(isCostType('Restid')).toBe(false);
    expect(isCostType(undefined)).toBe(false);
  });
});

describe('RATE_TABLE', () => {
  it('holds the published norms 2022–2024 in öre per hour', () => {
    expect(RATE_TABLE.slice(0, 3).map((r) => [r.validFrom, r.hourlyOre, r.lostTimeOre])).toEqual([
      ['2022-01-01', 144_200, 132_000],
      ['2023-01-01', 147_600, 135_000],
      ['2024-01-01', 153_100, 140_000],
    ]);
  });

  it('marks the 2025 and 2026 hourly figures as assumed, the published 2022–2024 ones not, and the mileage everywhere', () => {
    const byYear = new Map(RATE_TABLE.map((r) => [r.validFrom.slice(0, 4), r]));
    expect(['2022', '2023', '2024'].map((y) => byYear.get(y)?.assumed)).toEqual([false, false, false]);
    expect(byYear.get('2025')).toMatchObject({ hourlyOre: 158_400, lostTimeOre: 144_900, assumed: true });
    expect(byYear.get('2026')).toMatchObject({ hourlyOre: 163_700, lostTimeOre: 149_800, assumed: true });
    expect(RATE_TABLE.every((r) => r.perKmOre === 250 && r.perKmAssumed)).toBe(true);
  });

  it('is in date order, starts each row on 1 January, and rises every year', () => {
    for (let i = 1; i < RATE_TABLE.length; i++) {
      const [prev, row] = [RATE_TABLE[i - 1]!, RATE_TABLE[i]!];
      expect(compareIsoDate(prev.validFrom, row.validFrom)).toBeLessThan(0);
      expect(row.validFrom.endsWith('-01-01')).toBe(true);
      expect(row.hourlyOre).toBeGreaterThan(prev.hourlyOre);
      expect(row.lostTimeOre).toBeGreaterThan(prev.lostTimeOre);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(RATE_TABLE)).toBe(true);
    expect(Object.isFrozen(RATE_TABLE[0])).toBe(true);
  });
});

describe('rateOn', () => {
  it('31 December 2023 is priced at the 2023 norm, 1 January 2024 at the 2024 norm', () => {
    expect(rateOn('2023-12-31').hourlyOre).toBe(147_600);
    expect(rateOn('2024-01-01').hourlyOre).toBe(153_100);
  });

  it('the last row stays in force after its year: 2030 gets the 2026 row', () => {
    expect(rateOn('2030-06-01').validFrom).toBe('2026-01-01');
  });

  it('throws RangeError before the first row, 31 December 2021', () => {
    expect(() => rateOn('2021-12-31')).toThrow(RangeError);
    expect(rateOn('2022-01-01').hourlyOre).toBe(144_200);
  });

  it('every day 2022–2027 gets the row of its own year (or the last)', () => {
    for (let d = '2022-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) {
      const year = Math.min(Number(d.slice(0, 4)), 2026);
      expect(rateOn(d).validFrom).toBe(`${year}-01-01`);
    }
  });

  it('accepts another table, in any order, such as one the agency sends', () => {
    const table: RateRow[] = [
      { validFrom: '2025-07-01', hourlyOre: 200_000, lostTimeOre: 100_000, perKmOre: 300, assumed: false, perKmAssumed: false },
      { validFrom: '2025-01-01', hourlyOre: 100_000, lostTimeOre: 50_000, perKmOre: 200, assumed: false, perKmAssumed: false },
    ];
    expect(rateOn('2025-06-30', table).hourlyOre).toBe(100_000);
    expect(rateOn('2025-07-01', table).hourlyOre).toBe(200_000);
    expect(() => rateOn('2025-01-01', [])).toThrow(RangeError);
  });
});

describe('costItemAmount', () => {
  it('own work and meetings use the hourly norm of the item date: 90 minutes on 2024-03-12 is 2 296,50 kr', () => {
    expect(costItemAmount({ type: 'eget_arbete', date: '2024-03-12', minutes: 90 })).toBe(229_650);
    expect(costItemAmount({ type: 'mote', date: '2024-03-12', minutes: 90 })).toBe(229_650);
  });

  it('lost time and travel time use the tidsspillan rate: 45 minutes on 2023-05-10 is 1 012,50 kr', () => {
    expect(costItemAmount({ type: 'tidsspillan', date: '2023-05-10', minutes: 45 })).toBe(101_250);
    expect(costItemAmount({ type: 'restid', date: '2023-05-10', minutes: 45 })).toBe(101_250);
  });

  it('the same hour of work on 31 December 2023 and 1 January 2024 is priced by different years', () => {
    expect(costItemAmount({ type: 'eget_arbete', date: '2023-12-31', minutes: 60 })).toBe(147_600);
    expect(costItemAmount({ type: 'eget_arbete', date: '2024-01-01', minutes: 60 })).toBe(153_100);
  });

  it('an outlay is the amount given; mileage is km × 250 öre (42 km is 105 kr)', () => {
    expect(costItemAmount({ type: 'utlagg', date: '2025-02-03', ore: 123_456 })).toBe(123_456);
    expect(costItemAmount({ type: 'milersattning', date: '2025-02-03', km: 42 })).toBe(10_500);
  });

  it('rounds minutes to the nearest öre: 7 minutes of own work in 2022 is 168,23 kr', () => {
    expect(costItemAmount({ type: 'eget_arbete', date: '2022-06-01', minutes: 7 })).toBe(16_823);
  });

  it('refuses a missing, negative or fractional extent, and dates before the table', () => {
    expect(() => costItemAmount({ type: 'eget_arbete', date: '2025-02-03' })).toThrow(RangeError);
    expect(() => costItemAmount({ type: 'restid', date: '2025-02-03', minutes: -5 })).toThrow(RangeError);
    expect(() => costItemAmount({ type: 'utlagg', date: '2025-02-03', ore: 10.5 })).toThrow(RangeError);
    expect(() => costItemAmount({ type: 'milersattning', date: '2025-02-03', km: 1.5 })).toThrow(RangeError);
    expect(() => costItemAmount({ type: 'mote', date: '2021-06-01', minutes: 60 })).toThrow(RangeError);
  });
});
