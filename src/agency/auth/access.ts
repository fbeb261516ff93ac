/** Who may act for whom: counsel for themselves, assistants by delegation. */
import type { ActsFor, Me, Role } from '../../shared/agency/identity.ts';
import type { Agency } from '../context.ts';

export interface PersonRow {
  id: string;
  name: string | null;
  personnummer: string;
  is_counsel: number;
}

export function personById(agency: Agency, id: string): PersonRow | undefined {
  return agency.db.prepare('SELECT id, name, personnummer, is_counsel FROM persons WHERE id = ?').get(id) as PersonRow | undefined;
}

/** 'self', 'assistant' or null when the person may not act for the counsel. */
export function relationTo(agency: Agency, personId: string, counselId: string): 'self' | 'assistant' | null {
  if (personId === counselId) {
    const p = personById(agency, personId);
    return p?.is_counsel === 1 ? 'self' : null;
  }
  const row = agency.db.prepare('SELECT 1 FROM delegations WHERE counsel_id = ? AND assistant_id = ?').get(counselId, personId);
  return row ? 'assistant' : null;
}

export function actsFor(agency: Agency, personId: string): ActsFor[] {
  const out: ActsFor[] = [];
  const me = personById(agency, personId);
  if (me?.is_counsel === 1) out.push({ counselId: me.id, name: me.name ?? '', relation: 'self' });
  const rows = agency.db
    .prepare(
      `SELECT p.id, p.name FROM delegations d JOIN persons p ON p.id = d.counsel_id
       WHERE d.assistant_id = ? ORDER BY p.name`,
    )
    .all(personId) as { id: string; name: string | null }[];
  for (const r of rows) out.push({ counselId: r.id, name: r.name ?? '', relation: 'assistant' });
  return out;
}

export function meOf(agency: Agency, personId: string): Me {
  const p = personById(agency, personId)!;
  const acts = actsFor(agency, personId);
  const roles: Role[] = [];
  if (p.is_counsel === 1) roles.push('counsel');
  if (acts.some((a) => a.relation === 'assistant')) roles.push('assistant');
  return {
    person: { id: p.id, name: p.name ?? '', personnummer: p.personnummer },
    roles,
    actsFor: acts,
    serverTime: agency.clock.now(),
  };
}
