/**
 * The test identities the authorize page offers in place of BankID. Ids are stable: tests and
 * docs name them. Personnummer are synthetic but valid (check digit), in the test ranges' style.
 */
import type { LocalizedText } from '../../shared/agency/common.ts';
import { luhnCheckDigit } from '../../shared/domain/identity-numbers.ts';

export interface TestIdentity {
  id: string;
  name: string;
  personnummer: string;
  counsel: boolean;
  /** Counsel this person is an assistant of. */
  assistantOf: string[];
  role: LocalizedText;
  phone: string | null;
  email: string | null;
}

/** 'YYYYMMDD-NNNC' with C the Luhn check digit over YYMMDDNNN. */
export function personnummer(birth: string, serial: string): string {
  const digits = birth.slice(2) + serial;
  return `${birth}-${serial}${luhnCheckDigit(digits)}`;
}

export const TEST_IDENTITIES: readonly TestIdentity[] = [
  {
    id: 'anna',
    name: 'Advokat Anna Lindqvist',
    personnummer: personnummer('19750312', '238'),
    counsel: true,
    assistantOf: [],
    role: { sv: 'Offentligt biträde', en: 'Public counsel' },
    phone: '08-411 22 30',
    email: 'anna.lindqvist@lindqvistadvokat.se',
  },
  {
    id: 'erik',
    name: 'Erik Johansson',
    personnummer: personnummer('19680904', '451'),
    counsel: true,
    assistantOf: [],
    role: { sv: 'Offentligt biträde', en: 'Public counsel' },
    phone: '031-15 48 20',
    email: 'erik.johansson@juristbyran.se',
  },
  {
    id: 'johan',
    name: 'Johan Berg',
    personnummer: personnummer('19820615', '173'),
    counsel: true,
    assistantOf: ['anna'],
    role: { sv: 'Offentligt biträde och assistent åt Anna Lindqvist', en: 'Public counsel and assistant of Anna Lindqvist' },
    phone: '08-411 22 35',
    email: 'johan.berg@lindqvistadvokat.se',
  },
  {
    id: 'maria',
    name: 'Maria Nilsson',
    personnummer: personnummer('19900127', '286'),
    counsel: false,
    assistantOf: ['anna'],
    role: { sv: 'Assistent åt Anna Lindqvist', en: 'Assistant of Anna Lindqvist' },
    phone: null,
    email: null,
  },
  {
    id: 'sara',
    name: 'Sara Ahmed',
    personnummer: personnummer('19870430', '342'),
    counsel: false,
    assistantOf: ['anna', 'erik'],
    role: { sv: 'Assistent åt Anna Lindqvist och Erik Johansson', en: 'Assistant of Anna Lindqvist and Erik Johansson' },
    phone: null,
    email: null,
  },
  {
    id: 'large',
    name: 'Advokat Lars Ekström',
    personnummer: personnummer('19610220', '517'),
    counsel: true,
    assistantOf: [],
    role: { sv: 'Offentligt biträde med många förordnanden (stor datamängd)', en: 'Public counsel with many appointments (large data set)' },
    phone: '040-611 70 00',
    email: 'lars.ekstrom@ekstromadvokat.se',
  },
];

/** Known to the agency but with no role: the name fills in when counsel adds them as assistant. */
export const KNOWN_PERSONS: readonly { id: string; name: string; personnummer: string }[] = [
  { id: 'lina', name: 'Lina Karlsson', personnummer: personnummer('19930811', '428') },
  { id: 'omar', name: 'Omar Haddad', personnummer: personnummer('19850203', '195') },
];
