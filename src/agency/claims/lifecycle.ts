/**
 * What the agency does with a claim (driven by the control API in the demo): start processing
 * (never before the decision in the main case), request completion, decide; and the daily
 * expiry of completion requests whose deadline has passed.
 */
import type { Claim, ClaimDecision } from '../../shared/agency/claims.ts';
import { appealDeadline, completionReplyOpen, statutoryLastDay } from '../../shared/domain/deadlines.ts';
import { newId, type Agency } from '../context.ts';
import { mainAppointment } from '../cases/rows.ts';
import { createDocument, notify } from '../documents/publish.ts';
import { Rejection } from '../http/reply.ts';
import { renderClaimDecision, renderCompletionRequest } from './render.ts';
import { addEvent, loadClaimById, saveClaim } from './store.ts';

function mainOf(agency: Agency, claim: Claim) {
  const main = mainAppointment(agency, claim.groupId);
  if (!main || main.withdrawn) throw new Rejection('NOT_FOUND', { groupId: claim.groupId });
  return main;
}

export function startProcessing(agency: Agency, claimId: string): Claim {
  const claim = loadClaimById(agency, claimId);
  if (claim.status !== 'submitted') throw new Rejection('INVALID_STATE', { status: claim.status });
  // Manual 4.5: the agency does not process a claim before the decision in the main case.
  if (!mainOf(agency, claim).decided_on) throw new Rejection('MAIN_DECISION_PENDING');
  claim.status = 'processing';
  addEvent(agency, claim, 'processing_started', { sv: 'Migrationsverket har börjat behandla anspråket', en: 'The agency started processing the claim' }, null);
  saveClaim(agency, claim);
  return claim;
}

export function requestCompletion(agency: Agency, claimId: string, message: string, deadline: string) {
  const claim = loadClaimById(agency, claimId);
  if (claim.status !== 'processing' && claim.status !== 'submitted') throw new Rejection('INVALID_STATE', { status: claim.status });
  const main = mainOf(agency, claim);
  const rendered = renderCompletionRequest(agency, claim, message, deadline);
  const doc = createDocument(agency, { appointment: main, kind: 'kompletteringsbegaran', title: 'Begäran om komplettering', blob: rendered.blob, pages: rendered.pages, claimId });
  const id = newId('cmp');
  claim.completionRequests.push({
    id,
    requestedAt: agency.clock.now(),
    message,
    deadline,
    lastDay: statutoryLastDay(deadline),
    status: 'open',
    answeredAt: null,
    answerSummary: null,
    documentId: doc.id,
  });
  claim.status = 'completion_requested';
  addEvent(agency, claim, 'completion_requested', { sv: `Migrationsverket begär komplettering senast ${deadline}`, en: `The agency requests completion by ${deadline}` }, null);
  saveClaim(agency, claim);
  notify(agency, { counselId: claim.counselId, type: 'completion_request', title: 'Begäran om komplettering', appointmentId: main.id, documentId: doc.id, claimId });
  return { completionRequestId: id, documentId: doc.id };
}

const OUTCOME_TEXT: Record<ClaimDecision['outcome'], { sv: string; en: string }> = {
  full: { sv: 'Beslut: anspråket beviljades helt', en: 'Decision: the claim was granted in full' },
  partial: { sv: 'Beslut: anspråket beviljades delvis', en: 'Decision: the claim was granted in part' },
  rejected: { sv: 'Beslut: anspråket avslogs', en: 'Decision: the claim was refused' },
};

export function decideClaim(
  agency: Agency,
  claimId: string,
  input: { outcome: ClaimDecision['outcome']; grantedOre?: number | undefined; notifiedOn?: string | undefined; reasoning?: string | undefined },
) {
  const claim = loadClaimById(agency, claimId);
  if (!['submitted', 'processing', 'completion_requested'].includes(claim.status)) throw new Rejection('INVALID_STATE', { status: claim.status });
  const main = mainOf(agency, claim);
  const claimed = claim.submissions.at(-1)?.content.totalExclVatOre ?? 0;
  const granted = input.outcome === 'full' ? claimed : input.outcome === 'rejected' ? 0 : Math.min(claimed, input.grantedOre ?? Math.round(claimed * 0.8));
  const notifiedOn = input.notifiedOn ?? agency.clock.today();
  for (const r of claim.completionRequests) if (r.status === 'open') r.status = 'expired';
  const base = {
    id: newId('dec'),
    decidedAt: agency.clock.now(),
    notifiedOn,
    outcome: input.outcome,
    claimedOre: claimed,
    grantedOre: granted,
    reasoning:
      input.reasoning ??
      (input.outcome === 'full'
        ? 'Den begärda ersättningen bedöms skälig med hänsyn till ärendets art och omfattning.'
        : 'Den redovisade tidsåtgången för eget arbete överstiger vad som kan anses skäligt för ett ärende av detta slag.'),
    appealLastDay: appealDeadline(notifiedOn),
  };
  const rendered = renderClaimDecision(agency, claim, base);
  const doc = createDocument(agency, { appointment: main, kind: 'beslut_ersattning', title: 'Beslut om ersättning', blob: rendered.blob, pages: rendered.pages, claimId });
  claim.decisions.push({ ...base, documentId: doc.id });
  claim.status = 'decided';
  addEvent(agency, claim, 'decided', OUTCOME_TEXT[input.outcome], null);
  saveClaim(agency, claim);
  notify(agency, { counselId: claim.counselId, type: 'claim_decision', title: 'Beslut om ersättning', appointmentId: main.id, documentId: doc.id, claimId });
  return { decisionId: base.id, documentId: doc.id, appealLastDay: base.appealLastDay };
}

/** A completion request whose last day has passed unanswered closes, and the claim locks again. */
export function expireCompletionRequests(agency: Agency): void {
  const today = agency.clock.today();
  const rows = agency.db.prepare("SELECT id FROM claims WHERE status = 'completion_requested' AND withdrawn = 0").pluck().all() as string[];
  for (const id of rows) {
    const claim = loadClaimById(agency, id);
    const open = claim.completionRequests.filter((r) => r.status === 'open');
    const expired = open.filter((r) => !completionReplyOpen(r.deadline, today));
    if (expired.length === 0) continue;
    for (const r of expired) r.status = 'expired';
    if (expired.length === open.length) claim.status = 'processing';
    addEvent(agency, claim, 'completion_expired', { sv: 'Svarstiden för kompletteringen har gått ut', en: 'The deadline for the completion has passed' }, null);
    saveClaim(agency, claim);
  }
}
