import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, Counsel, Me, PaymentAccount, Workplace } from '../../../src/shared/agency/index.ts';
import { all, feedState, startTestAgency, type Api, type TestAgency } from './helpers.ts';
import { bankgiro, FIRMS, FOREIGN_ACCOUNT } from '../../../src/agency/seed/base.ts';
import { KNOWN_PERSONS, personnummer } from '../../../src/agency/auth/identities.ts';

let agency: TestAgency;
let anna: Api;
beforeAll(async () => {
  agency = await startTestAgency();
  anna = await agency.as('anna');
});
afterAll(() => agency.close());

const firm = FIRMS.find((f) => f.counselId === 'anna')!;

describe('my details', () => {
  it('sets counsel’s status for new appointments', async () => {
    const r = await anna.put<Counsel>('/v1/counsel/anna/status', { status: 'on_request' });
    expect(r.body.status).toBe('on_request');
    expect(all<Counsel>(await feedState(anna, 'anna'), 'counsel')[0]!.status).toBe('on_request');
  });

  it('adds a payment account whose organisation and account belong together', async () => {
    const second = firm.accounts[1]!;
    const r = await anna.post<PaymentAccount>('/v1/counsel/anna/payment-accounts', { organisationNumber: firm.org, accountType: second.type, accountNumber: second.number });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ organisationName: firm.orgName, accountNumber: second.number });
    expect(all<PaymentAccount>(await feedState(anna, 'anna'), 'paymentAccount').map((a) => a.id)).toContain(r.body.id);
    expect((await anna.del(`/v1/counsel/anna/payment-accounts/${r.body.id}`)).status).toBe(200);
  });

  it('refuses an account registered to another organisation', async () => {
    const r = await anna.post('/v1/counsel/anna/payment-accounts', { organisationNumber: firm.org, accountType: FOREIGN_ACCOUNT.type, accountNumber: FOREIGN_ACCOUNT.number });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'ACCOUNT_ORG_MISMATCH' });
  });

  it('refuses numbers that fail their check digit', async () => {
    const bad = bankgiro('1234567').replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const r = await anna.post('/v1/counsel/anna/payment-accounts', { organisationNumber: firm.org, accountType: 'bankgiro', accountNumber: bad });
    expect(r.body).toMatchObject({ code: 'VALIDATION' });
  });

  it('adds an assistant by personnummer, filling in the name the agency knows, who can then act for counsel', async () => {
    const lina = KNOWN_PERSONS.find((p) => p.id === 'lina')!;
    const looked = await anna.get<{ name: string | null }>(`/v1/counsel/anna/assistants/lookup?personnummer=${lina.personnummer}`);
    expect(looked.body.name).toBe('Lina Karlsson');
    const r = await anna.post<Assistant>('/v1/counsel/anna/assistants', { personnummer: lina.personnummer });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: 'lina', name: 'Lina Karlsson' });
    const asLina = await agency.as('lina');
    expect((await asLina.get<Me>('/v1/me')).body.actsFor.map((a) => a.counselId)).toEqual(['anna']);
    expect((await anna.post('/v1/counsel/anna/assistants', { personnummer: lina.personnummer })).body).toMatchObject({ code: 'ALREADY_ASSISTANT' });
    expect((await anna.del('/v1/counsel/anna/assistants/lina')).status).toBe(200);
    expect((await asLina.get('/v1/counsel/anna/changes')).status).toBe(403);
  });

  it('adds an unknown person as assistant with no name', async () => {
    const r = await anna.post<Assistant>('/v1/counsel/anna/assistants', { personnummer: personnummer('19950505', '123') });
    expect(r.body.name).toBeNull();
  });

  it('adds and removes workplaces', async () => {
    const r = await anna.post<Workplace>('/v1/counsel/anna/workplaces', { name: 'Filial Uppsala', street: 'Kungsgatan 52', postcode: '75321', city: 'Uppsala' });
    expect(r.status).toBe(201);
    expect(r.body.postcode).toBe('753 21');
    expect((await anna.del(`/v1/counsel/anna/workplaces/${r.body.id}`)).status).toBe(200);
    expect(all<Workplace>(await feedState(anna, 'anna'), 'workplace').map((w) => w.id)).not.toContain(r.body.id);
  });

  it('suggests street addresses with postcode and city', async () => {
    const r = await anna.get<{ suggestions: { street: string; postcode: string; city: string }[] }>(`/v1/address-lookup?q=${encodeURIComponent('kungsgatan uppsala')}`);
    expect(r.body.suggestions).toEqual([{ street: 'Kungsgatan 52', postcode: '753 21', city: 'Uppsala' }]);
    const many = await anna.get<{ suggestions: unknown[] }>('/v1/address-lookup?q=kungsg');
    expect(many.body.suggestions.length).toBeGreaterThan(2);
  });
});
