/**
 * What every seed has: the test identities and their delegations, counsel's workplaces and
 * payment accounts, the agency's account register, the address list and the rate table.
 */
import type { Assistant, Counsel, PaymentAccount, Workplace } from '../../shared/agency/entities.ts';
import { formatBankgiro, formatPlusgiro, luhnCheckDigit } from '../../shared/domain/identity-numbers.ts';
import { normalizeForSearch } from '../../shared/domain/text-filter.ts';
import { KNOWN_PERSONS, TEST_IDENTITIES } from '../auth/identities.ts';
import type { Agency } from '../context.ts';
import { rateEntities } from '../feed/rates.ts';
import { ADDRESSES } from './names.ts';

/** An organisationsnummer from nine digits: the tenth is the check digit. */
export function orgNumber(nine: string): string {
  const ten = nine + luhnCheckDigit(nine);
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

export function bankgiro(seven: string): string {
  return formatBankgiro(seven + luhnCheckDigit(seven));
}

export function plusgiro(digits: string): string {
  return formatPlusgiro(digits + luhnCheckDigit(digits));
}

interface Firm {
  counselId: string;
  orgName: string;
  org: string;
  accounts: { type: 'bankgiro' | 'plusgiro'; number: string }[];
  workplaces: { id: string; name: string; street: string; postcode: string; city: string; extra: string | null }[];
}

export const FIRMS: readonly Firm[] = [
  {
    counselId: 'anna',
    orgName: 'Lindqvist Advokatbyrå AB',
    org: orgNumber('556712345'),
    accounts: [{ type: 'bankgiro', number: bankgiro('5050105') }, { type: 'plusgiro', number: plusgiro('4711') }],
    workplaces: [
      { id: 'wpl_anna_sthlm', name: 'Lindqvist Advokatbyrå, Stockholm', street: 'Kungsgatan 37', postcode: '111 56', city: 'Stockholm', extra: '4 tr' },
      { id: 'wpl_anna_solna', name: 'Lindqvist Advokatbyrå, mottagning Solna', street: 'Storgatan 12', postcode: '172 31', city: 'Sundbyberg', extra: null },
    ],
  },
  {
    counselId: 'erik',
    orgName: 'Johansson Juristbyrå HB',
    org: orgNumber('969734561'),
    accounts: [{ type: 'bankgiro', number: bankgiro('7340112') }],
    workplaces: [{ id: 'wpl_erik_gbg', name: 'Johansson Juristbyrå', street: 'Östra Hamngatan 16', postcode: '411 09', city: 'Göteborg', extra: null }],
  },
  {
    counselId: 'johan',
    orgName: 'Berg Juridik AB',
    org: orgNumber('559123456'),
    accounts: [{ type: 'bankgiro', number: bankgiro('6112233') }],
    workplaces: [{ id: 'wpl_johan_upps', name: 'Berg Juridik', street: 'Kungsgatan 52', postcode: '753 21', city: 'Uppsala', extra: null }],
  },
  {
    counselId: 'large',
    orgName: 'Ekström Advokater AB',
    org: orgNumber('556998877'),
    accounts: [{ type: 'bankgiro', number: bankgiro('5599001') }],
    workplaces: [{ id: 'wpl_large_malmo', name: 'Ekström Advokater', street: 'Södra Förstadsgatan 26', postcode: '211 43', city: 'Malmö', extra: null }],
  },
];

/** Registered to a firm that is not counsel's: adding it with counsel's org number is refused. */
export const FOREIGN_ACCOUNT = { type: 'bankgiro' as const, number: bankgiro('5432198'), org: orgNumber('556000111'), orgName: 'Annan Byrå AB' };

export function seedBase(agency: Agency, today: string): void {
  const { db, feed } = agency;
  const person = db.prepare('INSERT INTO persons (id, name, personnummer, is_counsel, status, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const p of TEST_IDENTITIES) person.run(p.id, p.name, p.personnummer, p.counsel ? 1 : 0, p.counsel ? 'available' : null, p.phone, p.email);
  for (const p of KNOWN_PERSONS) person.run(p.id, p.name, p.personnummer, 0, null, null, null);

  const counsel = TEST_IDENTITIES.filter((p) => p.counsel);
  for (const c of counsel) {
    const entity: Counsel = { id: c.id, name: c.name, status: 'available', phone: c.phone, email: c.email };
    feed.append(c.id, 'counsel', c.id, entity);
    for (const rate of rateEntities()) feed.append(c.id, 'rate', rate.id, rate);
  }

  const delegation = db.prepare('INSERT INTO delegations (counsel_id, assistant_id, added_on) VALUES (?, ?, ?)');
  for (const p of TEST_IDENTITIES) {
    for (const counselId of p.assistantOf) {
      delegation.run(counselId, p.id, today);
      const a: Assistant = { id: p.id, personnummer: p.personnummer, name: p.name, addedOn: today };
      feed.append(counselId, 'assistant', p.id, a);
    }
  }

  const register = db.prepare('INSERT INTO account_register (account_type, account_number, org_number, org_name) VALUES (?, ?, ?, ?)');
  const account = db.prepare('INSERT INTO payment_accounts (id, counsel_id, org_number, org_name, account_type, account_number) VALUES (?, ?, ?, ?, ?, ?)');
  const workplace = db.prepare('INSERT INTO workplaces (id, counsel_id, name, street, postcode, city, extra) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const firm of FIRMS) {
    firm.accounts.forEach((a, i) => {
      register.run(a.type, a.number, firm.org, firm.orgName);
      // Counsel has the first account registered already; the others can be added in the app.
      if (i > 0) return;
      const id = `acc_${firm.counselId}_${i + 1}`;
      account.run(id, firm.counselId, firm.org, firm.orgName, a.type, a.number);
      const entity: PaymentAccount = { id, organisationNumber: firm.org, organisationName: firm.orgName, accountType: a.type, accountNumber: a.number };
      feed.append(firm.counselId, 'paymentAccount', id, entity);
    });
    for (const w of firm.workplaces) {
      workplace.run(w.id, firm.counselId, w.name, w.street, w.postcode, w.city, w.extra);
      feed.append(firm.counselId, 'workplace', w.id, w satisfies Workplace);
    }
  }
  register.run(FOREIGN_ACCOUNT.type, FOREIGN_ACCOUNT.number, FOREIGN_ACCOUNT.org, FOREIGN_ACCOUNT.orgName);

  const address = db.prepare('INSERT INTO addresses (street, postcode, city, search) VALUES (?, ?, ?, ?)');
  for (const [street, postcode, city] of ADDRESSES) address.run(street, postcode, city, normalizeForSearch(`${street} ${postcode} ${city}`));
}
