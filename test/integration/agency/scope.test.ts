import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../../src/shared/agency/index.ts';
import { all, feedState, startTestAgency, type TestAgency } from './helpers.ts';

let agency: TestAgency;
beforeAll(async () => {
  agency = await startTestAgency();
});
afterAll(() => agency.close());

describe('me and the counsel a person may act for', () => {
  it.each([
    ['anna', ['counsel'], [['anna', 'self']]],
    ['maria', ['assistant'], [['anna', 'assistant']]],
    ['sara', ['assistant'], [['anna', 'assistant'], ['erik', 'assistant']]],
    ['johan', ['counsel', 'assistant'], [['johan', 'self'], ['anna', 'assistant']]],
  ])('%s has roles %j and acts for %j', async (id, roles, actsFor) => {
    const api = await agency.as(id);
    const r = await api.get<Me>('/v1/me');
    expect(r.body.person.id).toBe(id);
    expect(r.body.roles).toEqual(roles);
    expect(r.body.actsFor.map((a) => [a.counselId, a.relation])).toEqual(actsFor);
  });

  it('refuses another counsel’s resources with 403 NOT_YOUR_COUNSEL', async () => {
    const anna = await agency.as('anna');
    const r = await anna.get('/v1/counsel/erik/changes');
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'NOT_YOUR_COUNSEL' });
    const maria = await agency.as('maria');
    expect((await maria.get('/v1/counsel/erik/changes')).status).toBe(403);
  });

  it('lets an assistant read the counsel’s feed, but not the counsel-only resources', async () => {
    const maria = await agency.as('maria');
    const anna = await agency.as('anna');
    const assistantView = await feedState(maria, 'anna');
    const counselView = await feedState(anna, 'anna');
    expect(all(assistantView, 'appointment').length).toBe(all(counselView, 'appointment').length);
    expect(all(counselView, 'notification').length).toBeGreaterThan(0);
    expect(all(counselView, 'counsel')).toHaveLength(1);
    expect(all(counselView, 'assistant').length).toBeGreaterThan(0);
    for (const entity of ['notification', 'counsel', 'assistant'] as const) expect(all(assistantView, entity)).toHaveLength(0);
    expect(all(assistantView, 'paymentAccount').length).toBeGreaterThan(0);
  });

  it.each([
    ['status', 'put', '/v1/counsel/anna/status', { status: 'unavailable' }],
    ['payment accounts', 'post', '/v1/counsel/anna/payment-accounts', { organisationNumber: '556712-3456', accountType: 'bankgiro', accountNumber: '5050-1055' }],
    ['assistants', 'post', '/v1/counsel/anna/assistants', { personnummer: '19930811-4281' }],
    ['workplaces', 'post', '/v1/counsel/anna/workplaces', { name: 'Kontor', street: 'Kungsgatan 37', postcode: '111 56', city: 'Stockholm' }],
  ] as const)('refuses an assistant changing counsel’s %s with 403 COUNSEL_ONLY', async (_what, method, path, body) => {
    for (const id of ['maria', 'johan']) {
      const api = await agency.as(id);
      const r = method === 'put' ? await api.put(path, body) : await api.post(path, body);
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ code: 'COUNSEL_ONLY' });
    }
  });

  it('lets a person who is also counsel change their own details', async () => {
    const johan = await agency.as('johan');
    expect((await johan.put('/v1/counsel/johan/status', { status: 'on_request' })).status).toBe(200);
  });

  it('cuts an assistant off at once when the delegation is removed', async () => {
    const sara = await agency.as('sara');
    expect((await sara.get('/v1/counsel/erik/changes')).status).toBe(200);
    const removed = await agency.control.post('/control/delegation-removals', { counselId: 'erik', assistantId: 'sara' });
    expect(removed.status).toBe(200);
    expect((await sara.get('/v1/counsel/erik/changes')).body).toMatchObject({ code: 'NOT_YOUR_COUNSEL' });
    expect((await sara.get<Me>('/v1/me')).body.actsFor.map((a) => a.counselId)).toEqual(['anna']);
    const erik = await agency.as('erik');
    const view = await feedState(erik, 'erik');
    expect(view.get('assistant')?.has('sara')).toBe(false);
  });
});
