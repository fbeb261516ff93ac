/**
 * Claims are stored as the aggregate the feed carries (one JSON document per claim), with status
 * and group in columns for the rules' queries. Every save publishes the whole claim.
 */
import type { LocalizedText } from '../../shared/agency/common.ts';
import type { CLAIM_EVENT_TYPES, Claim, ClaimStatus } from '../../shared/agency/claims.ts';
import { newId, type Agency } from '../context.ts';
import { Rejection } from '../http/reply.ts';

const LOCKED: readonly ClaimStatus[] = ['processing', 'decided', 'appealed'];

export function isLocked(status: ClaimStatus): boolean {
  return LOCKED.includes(status);
}

export function loadClaim(agency: Agency, counselId: string, claimId: string): Claim {
  const row = agency.db.prepare('SELECT data FROM claims WHERE id = ? AND counsel_id = ? AND withdrawn = 0').get(claimId, counselId) as
    | { data: string }
    | undefined;
  if (!row) throw new Rejection('NOT_FOUND', { claimId });
  return JSON.parse(row.data) as Claim;
}

/** For the control API, which acts as the agency and is not scoped to a counsel. */
export function loadClaimById(agency: Agency, claimId: string): Claim {
  const row = agency.db.prepare('SELECT data FROM claims WHERE id = ? AND withdrawn = 0').get(claimId) as { data: string } | undefined;
  if (!row) throw new Rejection('NOT_FOUND', { claimId });
  return JSON.parse(row.data) as Claim;
}

export function insertClaim(agency: Agency, claim: Claim): void {
  agency.db
    .prepare('INSERT INTO claims (id, counsel_id, group_id, status, data) VALUES (?, ?, ?, ?, ?)')
    .run(claim.id, claim.counselId, claim.groupId, claim.status, JSON.stringify(claim));
  agency.feed.upsert(claim.counselId, 'claim', claim.id, claim);
}

export function saveClaim(agency: Agency, claim: Claim): void {
  claim.locked = isLocked(claim.status);
  claim.updatedAt = agency.clock.now();
  agency.db.prepare('UPDATE claims SET status = ?, data = ? WHERE id = ?').run(claim.status, JSON.stringify(claim), claim.id);
  agency.feed.upsert(claim.counselId, 'claim', claim.id, claim);
}

type EventType = (typeof CLAIM_EVENT_TYPES)[number];

export function addEvent(agency: Agency, claim: Claim, type: EventType, text: LocalizedText, byPersonId: string | null): void {
  claim.events.push({ id: newId('evt'), at: agency.clock.now(), type, text, byPersonId });
}

export function claimsOfGroup(agency: Agency, groupId: string): Claim[] {
  return (agency.db.prepare('SELECT data FROM claims WHERE group_id = ? AND withdrawn = 0').all(groupId) as { data: string }[]).map(
    (r) => JSON.parse(r.data) as Claim,
  );
}
