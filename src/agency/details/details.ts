/**
 * My details (manual 7): status, payment accounts, assistants and workplaces; counsel only (the
 * pipeline refuses assistants before these run). Numbers are validated by the shared rules and a
 * payment account must belong to the organisation named with it (checked against the agency's
 * register of accounts).
 */
import type { AddressSuggestion } from '../../shared/agency/details.ts';
import type { Assistant, Counsel, CounselStatus, PaymentAccount, Workplace } from '../../shared/agency/entities.ts';
import {
  formatBankgiro,
  formatPlusgiro,
  isValidBankgiro,
  isValidOrgOrPersonnummer,
  isValidPlusgiro,
  normalizePersonnummer,
} from '../../shared/domain/identity-numbers.ts';
import { normalizeForSearch } from '../../shared/domain/text-filter.ts';
import { newId, type Agency } from '../context.ts';
import { Rejection } from '../http/reply.ts';

function invalid(path: string, message: string): Rejection {
  return new Rejection('VALIDATION', { issues: [{ path, message }] });
}

export function counselEntity(agency: Agency, counselId: string): Counsel {
  const row = agency.db.prepare('SELECT id, name, status, phone, email FROM persons WHERE id = ?').get(counselId) as {
    id: string;
    name: string | null;
    status: CounselStatus | null;
    phone: string | null;
    email: string | null;
  };
  return { id: row.id, name: row.name ?? '', status: row.status ?? 'available', phone: row.phone, email: row.email };
}

export function setStatus(agency: Agency, counselId: string, status: CounselStatus): Counsel {
  agency.db.prepare('UPDATE persons SET status = ? WHERE id = ?').run(status, counselId);
  const counsel = counselEntity(agency, counselId);
  agency.feed.upsert(counselId, 'counsel', counselId, counsel);
  return counsel;
}

/** 'NNNNNN-NNNN' for an organisationsnummer (or a sole trader's personnummer, 10 digits). */
function normalizeOrgNumber(s: string): string {
  const digits = s.replace(/\D/g, '').slice(-10);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

export function addPaymentAccount(agency: Agency, counselId: string, input: { organisationNumber: string; accountType: 'bankgiro' | 'plusgiro'; accountNumber: string }): PaymentAccount {
  if (!isValidOrgOrPersonnummer(input.organisationNumber)) throw invalid('organisationNumber', 'Not a valid organisationsnummer');
  const valid = input.accountType === 'bankgiro' ? isValidBankgiro(input.accountNumber) : isValidPlusgiro(input.accountNumber);
  if (!valid) throw invalid('accountNumber', `Not a valid ${input.accountType} number`);
  const org = normalizeOrgNumber(input.organisationNumber);
  const number = input.accountType === 'bankgiro' ? formatBankgiro(input.accountNumber) : formatPlusgiro(input.accountNumber);
  const registered = agency.db
    .prepare('SELECT org_number, org_name FROM account_register WHERE account_type = ? AND account_number = ?')
    .get(input.accountType, number) as { org_number: string; org_name: string } | undefined;
  if (registered && registered.org_number !== org) throw new Rejection('ACCOUNT_ORG_MISMATCH', { accountNumber: number, organisationNumber: org });
  const account: PaymentAccount = {
    id: newId('acc'),
    organisationNumber: org,
    organisationName: registered?.org_name ?? null,
    accountType: input.accountType,
    accountNumber: number,
  };
  agency.db
    .prepare('INSERT INTO payment_accounts (id, counsel_id, org_number, org_name, account_type, account_number) VALUES (?, ?, ?, ?, ?, ?)')
    .run(account.id, counselId, org, account.organisationName, account.accountType, number);
  agency.feed.upsert(counselId, 'paymentAccount', account.id, account);
  return account;
}

export function removePaymentAccount(agency: Agency, counselId: string, id: string): void {
  const r = agency.db.prepare('DELETE FROM payment_accounts WHERE id = ? AND counsel_id = ?').run(id, counselId);
  if (r.changes === 0) throw new Rejection('NOT_FOUND', { accountId: id });
  agency.feed.remove(counselId, 'paymentAccount', id);
}

export function lookupPerson(agency: Agency, personnummer: string): { personnummer: string; name: string | null } {
  const normalized = normalizePersonnummer(personnummer, agency.clock.today());
  if (!normalized) throw invalid('personnummer', 'Not a valid personnummer');
  const name = agency.db.prepare('SELECT name FROM persons WHERE personnummer = ?').pluck().get(normalized) as string | null | undefined;
  return { personnummer: normalized, name: name ?? null };
}

export function addAssistant(agency: Agency, counselId: string, personnummer: string): Assistant {
  const { personnummer: pnr } = lookupPerson(agency, personnummer);
  let person = agency.db.prepare('SELECT id, name FROM persons WHERE personnummer = ?').get(pnr) as { id: string; name: string | null } | undefined;
  if (!person) {
    person = { id: newId('per'), name: null };
    agency.db.prepare('INSERT INTO persons (id, name, personnummer) VALUES (?, NULL, ?)').run(person.id, pnr);
  }
  if (person.id === counselId) throw new Rejection('SELF_AS_ASSISTANT');
  if (agency.db.prepare('SELECT 1 FROM delegations WHERE counsel_id = ? AND assistant_id = ?').get(counselId, person.id)) {
    throw new Rejection('ALREADY_ASSISTANT');
  }
  const addedOn = agency.clock.today();
  agency.db.prepare('INSERT INTO delegations (counsel_id, assistant_id, added_on) VALUES (?, ?, ?)').run(counselId, person.id, addedOn);
  const assistant: Assistant = { id: person.id, personnummer: pnr, name: person.name, addedOn };
  agency.feed.upsert(counselId, 'assistant', person.id, assistant);
  return assistant;
}

/** Removing a delegation takes effect at once: the assistant's next request is NOT_YOUR_COUNSEL. */
export function removeAssistant(agency: Agency, counselId: string, personId: string): void {
  const r = agency.db.prepare('DELETE FROM delegations WHERE counsel_id = ? AND assistant_id = ?').run(counselId, personId);
  if (r.changes === 0) throw new Rejection('NOT_FOUND', { personId });
  agency.feed.remove(counselId, 'assistant', personId);
}

export function addWorkplace(agency: Agency, counselId: string, input: { name: string; street: string; postcode: string; city: string; extra?: string | null | undefined }): Workplace {
  const digits = input.postcode.replace(/\D/g, '');
  const w: Workplace = {
    id: newId('wpl'),
    name: input.name.trim(),
    street: input.street.trim(),
    postcode: `${digits.slice(0, 3)} ${digits.slice(3)}`,
    city: input.city.trim(),
    extra: input.extra?.trim() || null,
  };
  agency.db
    .prepare('INSERT INTO workplaces (id, counsel_id, name, street, postcode, city, extra) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(w.id, counselId, w.name, w.street, w.postcode, w.city, w.extra);
  agency.feed.upsert(counselId, 'workplace', w.id, w);
  return w;
}

export function removeWorkplace(agency: Agency, counselId: string, id: string): void {
  const r = agency.db.prepare('DELETE FROM workplaces WHERE id = ? AND counsel_id = ?').run(id, counselId);
  if (r.changes === 0) throw new Rejection('NOT_FOUND', { workplaceId: id });
  agency.feed.remove(counselId, 'workplace', id);
}

/** Suggestions whose street, postcode or city contain every word typed (as the list filters do). */
export function lookupAddress(agency: Agency, q: string): AddressSuggestion[] {
  const words = normalizeForSearch(q).split(' ').filter(Boolean).slice(0, 5);
  if (words.length === 0) return [];
  const where = words.map(() => "search LIKE ? ESCAPE '\\'").join(' AND ');
  const args = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return agency.db.prepare(`SELECT street, postcode, city FROM addresses WHERE ${where} ORDER BY street LIMIT 10`).all(...args) as AddressSuggestion[];
}
