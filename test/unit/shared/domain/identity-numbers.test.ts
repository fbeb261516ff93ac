import { describe, expect, it } from 'vitest';
import {
  formatBankgiro,
  formatIndividnummer,
  formatPlusgiro,
  isSamordningsnummer,
  isValidBankgiro,
  isValidIndividnummer,
  isValidOrgOrPersonnummer,
  isValidOrganisationsnummer,
  isValidPersonnummer,
  isValidPlusgiro,
  luhnCheckDigit,
  luhnValid,
  normalizePersonnummer,
} from '../../../../src/shared/domain/identity-numbers.ts';

describe('Luhn', () => {
  it('8112189876 passes: 7+1+2+2+2+8+9+8+5+6 = 50', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
    expect(luhnCheckDigit('811218987')).toBe(6);
  });

  it('catches every single-digit typo and every swap of two different adjacent digits', () => {
    const valid = '8112189876';
    for (let i = 0; i < valid.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = valid.slice(0, i) + String(d) + valid.slice(i + 1);
        if (typo !== valid) expect(luhnValid(typo), typo).toBe(false);
      }
      const next = valid[i + 1];
      // Luhn's one blind spot is swapping 0 and 9.
      if (next !== undefined && next !== valid[i] && !['09', '90'].includes(valid[i]! + next)) {
        expect(luhnValid(valid.slice(0, i) + next + valid[i]! + valid.slice(i + 2))).toBe(false);
      }
    }
  });

  it('rejects non-digits', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('81121898 6')).toBe(false);
  });
});

describe('personnummer', () => {
  it.each(['19811218-9876', '198112189876', '811218-9876', '8112189876', '811218+9876', '19121212-1212'])('accepts %s', (s) => {
    expect(isValidPersonnummer(s)).toBe(true);
  });

  it.each([
    ['19811218-9875', 'wrong check digit'],
    ['19811318-9878', 'month 13'],
    ['19810230-9874', '30 February'],
    ['19811200-9872', 'day 0'],
    ['1981-12-18-9876', 'hyphens in the date'],
    ['19811218+9876', "'+' with a century"],
    ['811218 9876', 'space inside'],
    ['81121898', 'too short'],
    ['', 'empty'],
  ])('rejects %s (%s)', (s) => {
    expect(isValidPersonnummer(s)).toBe(false);
  });

  it('accepts a samordningsnummer (day + 60): 19811278-9873 for 18 December 1981', () => {
    expect(luhnCheckDigit('811278987')).toBe(3);
    expect(isValidPersonnummer('19811278-9873')).toBe(true);
    expect(isSamordningsnummer('19811278-9873')).toBe(true);
    expect(isSamordningsnummer('19811218-9876')).toBe(false);
    // 19811278-9875 fails Luhn (sum 52)
    expect(isValidPersonnummer('19811278-9875')).toBe(false);
  });

  it('a samordningsnummer must still name a real day: day 92 (the 32nd) is rejected', () => {
    const body = '811292987';
    expect(isValidPersonnummer(`19${body}${luhnCheckDigit(body)}`)).toBe(false);
  });

  it('29 February: 20000229 exists, 19000229 and 20010229 do not', () => {
    const num = (yymmdd: string): string => `${yymmdd}123${luhnCheckDigit(`${yymmdd}123`)}`;
    expect(isValidPersonnummer(`20${num('000229')}`)).toBe(true);
    expect(isValidPersonnummer(`19${num('000229')}`)).toBe(false);
    expect(isValidPersonnummer(`20${num('010229')}`)).toBe(false);
    expect(isValidPersonnummer(num('000229'))).toBe(true); // 2000 is leap
    expect(normalizePersonnummer(num('000229'), '2025-06-01')).toBe(`20${num('000229').replace(/(\d{6})/, '$1-')}`);
  });

  it('normalizes to YYYYMMDD-XXXX', () => {
    expect(normalizePersonnummer('198112189876', '2025-06-01')).toBe('19811218-9876');
    expect(normalizePersonnummer(' 19811218-9876 ', '2025-06-01')).toBe('19811218-9876');
    expect(normalizePersonnummer('811218-9876', '2025-06-01')).toBe('19811218-9876');
    expect(normalizePersonnummer('811218-9875', '2025-06-01')).toBeNull();
  });

  it("'+' marks someone 100 or older: 811218+9876 is born 1881", () => {
    expect(normalizePersonnummer('811218+9876', '2025-06-01')).toBe('18811218-9876');
  });

  it('a 10-digit number takes the latest century not in the future: 121212-1212 is 2012 in 2025, 1912 with +', () => {
    expect(normalizePersonnummer('121212-1212', '2025-06-01')).toBe('20121212-1212');
    expect(normalizePersonnummer('121212+1212', '2025-06-01')).toBe('19121212-1212');
  });

  it('someone born later this year than today counts as born last century: 251218 on 1 June 2025 is 1925', () => {
    const n = `251218123${luhnCheckDigit('251218123')}`;
    expect(normalizePersonnummer(n, '2025-06-01')).toBe(`19${n.slice(0, 6)}-${n.slice(6)}`);
    expect(normalizePersonnummer(n, '2025-12-18')).toBe(`20${n.slice(0, 6)}-${n.slice(6)}`);
  });

  it('isValidPersonnummer with today resolves the century: 29 Feb 1900 through "000229+"', () => {
    const n = `000229+123${luhnCheckDigit('000229123')}`;
    expect(isValidPersonnummer(n)).toBe(true);
    // In 2025, '+' puts 000229 in 1900, which was not a leap year.
    expect(isValidPersonnummer(n, '2025-06-01')).toBe(false);
    expect(normalizePersonnummer(n, '2025-06-01')).toBeNull();
  });
});

describe('organisationsnummer', () => {
  it('accepts Migrationsverket 202100-2163 and AB Volvo 556012-5790, with or without hyphen or 16 prefix', () => {
    for (const s of ['202100-2163', '2021002163', '556012-5790', '16556012-5790', '165560125790']) {
      expect(isValidOrganisationsnummer(s), s).toBe(true);
    }
  });

  it('rejects a wrong check digit, a third digit below 2, and a personnummer', () => {
    expect(isValidOrganisationsnummer('202100-2164')).toBe(false);
    expect(isValidOrganisationsnummer('811218-9876')).toBe(false);
    expect(isValidOrganisationsnummer('5560125790x')).toBe(false);
  });

  it('isValidOrgOrPersonnummer also accepts a sole trader’s personnummer', () => {
    expect(isValidOrgOrPersonnummer('811218-9876')).toBe(true);
    expect(isValidOrgOrPersonnummer('19811218-9876')).toBe(true);
    expect(isValidOrgOrPersonnummer('556012-5790')).toBe(true);
    expect(isValidOrgOrPersonnummer('556012-5791')).toBe(false);
  });
});

describe('bankgiro and plusgiro', () => {
  it.each(['5050-1055', '50501055', '5402-9681', '902-0900', '9020900'])('bankgiro %s is valid', (s) => {
    expect(isValidBankgiro(s)).toBe(true);
  });

  it.each(['5050-1056', '505-01055', '123456', '123456789', '5050 1055x', ''])('bankgiro %s is not', (s) => {
    expect(isValidBankgiro(s)).toBe(false);
  });

  it('formats bankgiro as 123-4567 or 1234-5678', () => {
    expect(formatBankgiro('9020900')).toBe('902-0900');
    expect(formatBankgiro('50501055')).toBe('5050-1055');
    expect(formatBankgiro(' nonsense ')).toBe('nonsense');
  });

  it.each(['90 20 90-0', '902090-0', '9020900', '18-2', '4 56 78-0'])('plusgiro %s is valid', (s) => {
    expect(isValidPlusgiro(s)).toBe(true);
  });

  it.each(['90 20 90-1', '18-3', '1', '123456789', '12-34', 'abc'])('plusgiro %s is not', (s) => {
    expect(isValidPlusgiro(s)).toBe(false);
  });

  it('formats plusgiro in pairs from the right with a hyphen before the check digit', () => {
    expect(formatPlusgiro('9020900')).toBe('90 20 90-0');
    expect(formatPlusgiro('182')).toBe('18-2');
    expect(formatPlusgiro('45678-0')).toBe('4 56 78-0');
    const eight = `1234567${luhnCheckDigit('1234567')}`;
    expect(formatPlusgiro(eight)).toBe(`1 23 45 67-${eight.slice(-1)}`);
  });
});

describe('individnummer', () => {
  it('accepts 8–10 digits, plain or NNNN-NNNN', () => {
    for (const s of ['1234-5678', '12345678', '123456789', '1234567890', '1234-567890', ' 1234-5678 ']) {
      expect(isValidIndividnummer(s), s).toBe(true);
    }
  });

  it('rejects other shapes', () => {
    for (const s of ['1234567', '12345678901', '123-45678', '1234-5678-9', 'abcd-efgh', '']) {
      expect(isValidIndividnummer(s), s).toBe(false);
    }
  });

  it('formats as NNNN-NNNN, leaving invalid input as typed (trimmed)', () => {
    expect(formatIndividnummer('12345678')).toBe('1234-5678');
    expect(formatIndividnummer('1234-5678')).toBe('1234-5678');
    expect(formatIndividnummer('1234567890')).toBe('1234-567890');
    expect(formatIndividnummer(' 12 ')).toBe('12');
  });
});
