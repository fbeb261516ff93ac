/** Building claims for the claim tests: priced cost items and a submitted claim in a fresh group. */
import type { Claim, ClaimContentInput, CostItemInput } from '../../../src/shared/agency/index.ts';
import { costItemAmount, type CostType } from '../../../src/shared/domain/rates.ts';
import { newCase, type Api, type TestAgency } from './helpers.ts';

export function item(date: string, minutes = 60, type: CostType = 'eget_arbete', id = `i-${date}-${minutes}-${type}`): CostItemInput {
  return { id, type, date, minutes, specification: 'Genomgång av akten', amountOre: costItemAmount({ type, date, minutes }) };
}

export function items(...list: CostItemInput[]): ClaimContentInput {
  return { method: 'cost_items', costItems: list, claimFile: null, evidence: [], paymentAccountId: 'acc_anna_1', ownReference: 'REF-1' };
}

export async function claimFor(agency: TestAgency, api: Api, names = ['Huvud Person', 'Barn Person']) {
  const c = await newCase(agency.control, 'anna', names);
  const created = await api.post<Claim>('/v1/counsel/anna/claims', { groupId: c.groupId });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return { ...c, claim: created.body };
}

export async function submitted(agency: TestAgency, api: Api, content = items(item('2025-03-03'))) {
  const c = await claimFor(agency, api);
  const r = await api.post<{ claim: Claim; documentId: string }>(`/v1/counsel/anna/claims/${c.claim.id}/submissions`, { content });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return { ...c, claim: r.body.claim, documentId: r.body.documentId };
}
