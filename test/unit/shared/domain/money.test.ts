import { describe, expect, it } from 'vitest';
import {
  VAT_RATE_PERCENT,
  amountForMinutes,
  divideRounded,
  formatSek,
  kronorToOre,
  oreToKronorString,
  parseSekInput,
  sumOre,
  vatOf,
  withVat,
} from '../../../../src/shared/domain/money.ts';

/** Intl separates groups and the currency with non-breaking spaces; compare on plain ones. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('kronorToOre', () => {
  it('1 442 kronor is 144 200 öre; 0.1 + 0.2 kronor is 30 öre', () => {
    expect(kronorToOre(1442)).toBe(144_200);
    expect(kronorToOre(0.1 + 0.2)).toBe(30);
    expect(kronorToOre(1442.5)).toBe(144_250);
  });

  it('rounds half an öre away from zero despite binary fractions: 1.005 kr is 101 öre, −1.005 kr is −101', () => {
    expect(kronorToOre(1.005)).toBe(101);
    expect(kronorToOre(-1.005)).toBe(-101);
    expect(kronorToOre(1.004)).toBe(100);
    expect(kronorToOre(-0.001)).toBe(0);
    expect(Object.is(kronorToOre(-0.001), -0)).toBe(false);
  });

  it('refuses NaN and infinity', () => {
    expect(() => kronorToOre(Number.NaN)).toThrow(RangeError);
    expect(() => kronorToOre(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatSek', () => {
  it('writes Swedish "1 442,00 kr" and English "SEK 1,442.00"', () => {
    expect(plain(formatSek(144_200, 'sv'))).toBe('1 442,00 kr');
    expect(plain(formatSek(144_200, 'en'))).toBe('SEK 1,442.00');
  });

  it('keeps spaces non-breaking so an amount never wraps', () => {
    expect(formatSek(144_200, 'sv')).not.toContain(' ');
  });

  it('writes öre exactly, small and large: 5 öre, 12 345 678,91 kr', () => {
    expect(plain(formatSek(5, 'sv'))).toBe('0,05 kr');
    expect(plain(formatSek(1_234_567_891, 'sv'))).toBe('12 345 678,91 kr');
    expect(plain(formatSek(1_234_567_891, 'en'))).toBe('SEK 12,345,678.91');
    expect(plain(formatSek(0, 'en'))).toBe('SEK 0.00');
  });

  it('shows negative amounts with a minus sign', () => {
    expect(plain(formatSek(-144_250, 'sv'))).toBe('−1 442,50 kr');
  });

  it('oreToKronorString is an exact decimal', () => {
    expect(oreToKronorString(144_250)).toBe('1442.50');
    expect(oreToKronorString(-5)).toBe('-0.05');
    expect(oreToKronorString(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });
});

describe('parseSekInput', () => {
  it.each([
    ['1 442,50', 144_250],
    ['1442.5', 144_250],
    ['1442', 144_200],
    ['1442,05', 144_205],
    ['0,5', 50],
    ['0', 0],
    ['  1 442  ', 144_200],
    ['1\u00a0442,00\u00a0kr', 144_200],
    ['1\u202f442,00 kr', 144_200],
    ['12 345 678,91', 1_234_567_891],
    ['1442 kr', 144_200],
    ['SEK 1442.00', 144_200],
    ['1442:-', 144_200],
  ])('reads %j as %i öre', (text, ore) => {
    expect(parseSekInput(text)).toBe(ore);
  });

  it('round-trips what formatSek writes in Swedish', () => {
    for (const ore of [0, 1, 99, 100, 144_250, 99_999_999, 1_234_567_891]) {
      expect(parseSekInput(formatSek(ore, 'sv'))).toBe(ore);
    }
  });

  it.each(['', ' ', 'abc', '-100', '−100', '+100', '1442,505', '1.442,50', '1,442.50', '14 42', '1442,', ',50', '1e3', '12kr34', 'NaN', 'Infinity', '99999999999999999999'])(
    'rejects %j',
    (text) => {
      expect(parseSekInput(text)).toBeNull();
    },
  );
});

describe('amountForMinutes', () => {
  it('one hour at 1 442 kr is 1 442 kr; 90 minutes at 1 531 kr is 2 296,50 kr', () => {
    expect(amountForMinutes(144_200, 60)).toBe(144_200);
    expect(amountForMinutes(153_100, 90)).toBe(229_650);
  });

  it('rounds to the nearest öre: 1 minute at 1 476 kr/h is 24,60 kr; 7 minutes at 1 442 kr/h is 168,23 kr', () => {
    expect(amountForMinutes(147_600, 1)).toBe(2_460);
    // 144 200 × 7 / 60 = 16 823.33…
    expect(amountForMinutes(144_200, 7)).toBe(16_823);
  });

  it('rounds an exact half öre up: 1 minute at 0,30 kr/h is half an öre, so 1 öre', () => {
    expect(amountForMinutes(30, 1)).toBe(1);
    expect(amountForMinutes(29, 1)).toBe(0);
    expect(amountForMinutes(90, 1)).toBe(2); // 1.5 öre
  });

  it('halves are rounded away from zero for negative amounts too', () => {
    expect(divideRounded(-3, 2)).toBe(-2);
    expect(divideRounded(3, 2)).toBe(2);
    expect(divideRounded(-1, 3)).toBe(0);
    expect(divideRounded(-7, 2)).toBe(-4);
  });

  it('equals Math.round(rate × minutes / 60) for many rates and durations', () => {
    for (let rate = 140_000; rate < 140_000 + 600; rate += 7) {
      for (let minutes = 0; minutes <= 600; minutes += 13) {
        expect(amountForMinutes(rate, minutes)).toBe(Math.round((rate * minutes) / 60));
      }
    }
  });

  it('refuses fractions of a minute or öre', () => {
    expect(() => amountForMinutes(144_200, 1.5)).toThrow(RangeError);
    expect(() => amountForMinutes(1442.5, 1)).toThrow(RangeError);
  });
});

describe('VAT', () => {
  it('is 25 %: 1 442 kr gives 360,50 kr VAT and 1 802,50 kr in total', () => {
    expect(VAT_RATE_PERCENT).toBe(25);
    expect(vatOf(144_200)).toBe(36_050);
    expect(withVat(144_200)).toBe(180_250);
  });

  it('rounds VAT to the nearest öre: VAT on 2 öre is half an öre, so 1 öre; on 1 öre it is 0', () => {
    expect(vatOf(2)).toBe(1);
    expect(vatOf(1)).toBe(0);
    expect(vatOf(3)).toBe(1);
  });

  it('withVat(x) − x is vatOf(x) and close to a quarter for many amounts', () => {
    for (let ore = 0; ore < 5_000; ore += 3) {
      expect(withVat(ore) - ore).toBe(vatOf(ore));
      expect(Math.abs(vatOf(ore) - ore / 4)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('sumOre', () => {
  it('adds integer öre exactly where floating kronor would drift', () => {
    expect(sumOre([10, 20])).toBe(30);
    expect(sumOre([])).toBe(0);
    expect(sumOre(new Set([144_200, 36_050]))).toBe(180_250);
  });

  it('refuses non-integer amounts', () => {
    expect(() => sumOre([1, 0.5])).toThrow(RangeError);
  });
});
