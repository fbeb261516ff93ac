/**
 * What counsel (or an assistant) does with a claim: create it (or a related one after a
 * decision), save the shared draft under optimistic concurrency, submit a snapshot, answer a
 * completion request, appeal a decision. Each runs inside the pipeline's transaction.
 */
import type {
  Claim,
  ClaimContentInput,
  ClaimDecision,
} from '../../shared/agency/claims.ts';
import { appealWindow, completionReplyOpen } from '../../shared/domain/deadlines.ts';
import { newId, type Agency } from '../context.ts';
import { groupRow, mainAppointment } from '../cases/rows.ts';
import { createDocument } from '../documents/publish.ts';
import { Rejection } from '../http/reply.ts';
import { recordSubmission } from '../submissions/record.ts';
import { takeUploads } from '../uploads/uploads.ts';
import { checkContent, type Submitter } from './content.ts';
import { renderClaimSubmission } from './render.ts';
import { addEvent, claimsOfGroup, insertClaim, loadClaim, saveClaim } from './store.ts';

function liveMain(agency: Agency, claim: Claim) {
  const main = mainAppointment(agency, claim.groupId);
  if (!main || main.withdrawn) throw new Rejection('NOT_FOUND', { groupId: claim.groupId });
  return main;
}

export function createClaim(agency: Agency, by: Submitter, groupId: string, relatedToClaimId: string | null): Claim {
  const group = groupRow(agency, groupId);
  if (!group || group.counsel_id !== by.counselId || group.withdrawn) throw new Rejection('NOT_FOUND', { groupId });
  const existing = claimsOfGroup(agency, groupId);
  if (relatedToClaimId) {
    const earlier = existing.find((c) => c.id === relatedToClaimId);
    if (!earlier) throw new Rejection('NOT_FOUND', { claimId: relatedToClaimId });
    if (earlier.decisions.length === 0) throw new Rejection('CLAIM_NOT_DECIDED', { claimId: relatedToClaimId });
  } else {
    const main = existing.find((c) => c.relatedToClaimId === null);
    if (main) throw new Rejection('CLAIM_EXISTS', { claimId: main.id });
  }
  const now = agency.clock.now();
  const claim: Claim = {
    id: newId('clm'),
    counselId: by.counselId,
    groupId,
    relatedToClaimId,
    status: 'draft',
    method: null,
    locked: false,
    createdAt: now,
    updatedAt: now,
    draftVersion: 0,
    draft: null,
    submissions: [],
    completionRequests: [],
    decisions: [],
    appeals: [],
    events: [],
  };
  addEvent(agency, claim, 'created', relatedToClaimId
    ? { sv: `Ett relaterat ersättningsanspråk skapades (hänvisar till ${relatedToClaimId})`, en: `A related claim was created (refers to ${relatedToClaimId})` }
    : { sv: 'Ersättningsanspråket skapades', en: 'The claim was created' }, by.personId);
  insertClaim(agency, claim);
  if (relatedToClaimId) {
    const earlier = loadClaim(agency, by.counselId, relatedToClaimId);
    addEvent(agency, earlier, 'related_claim_created', { sv: `Relaterat anspråk ${claim.id} skapades`, en: `Related claim ${claim.id} was created` }, by.personId);
    saveClaim(agency, earlier);
  }
  return claim;
}

export function saveDraft(agency: Agency, by: Submitter, claimId: string, version: number, content: ClaimContentInput) {
  const claim = loadClaim(agency, by.counselId, claimId);
  if (claim.locked) throw new Rejection('CLAIM_LOCKED', { status: claim.status });
  if (version !== claim.draftVersion) throw new Rejection('STALE_VERSION', { currentVersion: claim.draftVersion, draft: claim.draft });
  const savedAt = agency.clock.now();
  claim.draftVersion += 1;
  claim.draft = { version: claim.draftVersion, savedAt, savedByPersonId: by.personId, content };
  saveClaim(agency, claim);
  return { claimId, version: claim.draftVersion, savedAt };
}

function deliver(agency: Agency, by: Submitter, claim: Claim, input: ClaimContentInput, kind: 'submission' | 'completion_answer', summary: string | null) {
  const main = liveMain(agency, claim);
  const submissionId = newId('sub');
  const checked = checkContent(agency, claim, input, main, by, submissionId);
  const no = claim.submissions.length + 1;
  let documentId = checked.claimFileDocumentId;
  if (!documentId) {
    const rendered = renderClaimSubmission(agency, claim, checked.content, no, summary);
    documentId = createDocument(agency, {
      appointment: main,
      kind: 'kostnadsrakning',
      title: `Kostnadsräkning, version ${no}`,
      blob: rendered.blob,
      pages: rendered.pages,
      sentByPersonId: by.personId,
      submissionId,
      claimId: claim.id,
    }).id;
  }
  const recorded = recordSubmission(agency, {
    kind: kind === 'submission' ? 'claim' : 'completion_answer',
    counselId: by.counselId,
    claimId: claim.id,
    idempotencyKey: by.idempotencyKey,
    personId: by.personId,
    files: checked.files,
  });
  claim.method = input.method;
  claim.draft = null;
  claim.submissions.push({ no, kind, submittedAt: recorded.receivedAt, submittedByPersonId: by.personId, content: checked.content, documentId, summary });
  return { no, documentId };
}

export function submitClaim(agency: Agency, by: Submitter, claimId: string, input: ClaimContentInput) {
  const claim = loadClaim(agency, by.counselId, claimId);
  if (claim.status === 'completion_requested') throw new Rejection('COMPLETION_REQUEST_OPEN');
  if (claim.locked) throw new Rejection('CLAIM_LOCKED', { status: claim.status });
  const { no, documentId } = deliver(agency, by, claim, input, 'submission', null);
  claim.status = 'submitted';
  addEvent(agency, claim, 'submitted', { sv: `Anspråket skickades in (version ${no})`, en: `The claim was submitted (version ${no})` }, by.personId);
  saveClaim(agency, claim);
  return { claim, submissionNo: no, documentId };
}

export function answerCompletion(agency: Agency, by: Submitter, claimId: string, requestId: string, input: ClaimContentInput, summary: string) {
  const claim = loadClaim(agency, by.counselId, claimId);
  const request = claim.completionRequests.find((r) => r.id === requestId);
  if (!request) throw new Rejection('NOT_FOUND', { requestId });
  if (request.status !== 'open' || !completionReplyOpen(request.deadline, agency.clock.today())) {
    throw new Rejection('COMPLETION_REQUEST_CLOSED', { status: request.status, lastDay: request.lastDay });
  }
  const { no, documentId } = deliver(agency, by, claim, input, 'completion_answer', summary);
  request.status = 'answered';
  request.answeredAt = agency.clock.now();
  request.answerSummary = summary;
  // Answering locks the claim again and processing continues (manual 4.6).
  claim.status = 'processing';
  addEvent(agency, claim, 'completion_answered', { sv: 'Migrationsverket har tagit emot din komplettering', en: 'The agency received your completion' }, by.personId);
  saveClaim(agency, claim);
  return { claim, submissionNo: no, documentId };
}

export function appealDecision(agency: Agency, by: Submitter, claimId: string, decisionId: string, input: { documents: { uploadId: string; title?: string | undefined }[]; text?: string | undefined }) {
  const claim = loadClaim(agency, by.counselId, claimId);
  const decision: ClaimDecision | undefined = claim.decisions.find((d) => d.id === decisionId);
  if (!decision) throw new Rejection('NOT_FOUND', { decisionId });
  if (decision.outcome === 'full') throw new Rejection('NOTHING_TO_APPEAL');
  if (claim.appeals.some((a) => a.decisionId === decisionId)) throw new Rejection('ALREADY_APPEALED');
  const window = appealWindow(decision.notifiedOn, agency.clock.today());
  if (!window.open) throw new Rejection('APPEAL_WINDOW_CLOSED', { notifiedOn: decision.notifiedOn, lastDay: window.lastDay });
  const main = liveMain(agency, claim);
  const files = takeUploads(agency, by.counselId, input.documents.map((d) => d.uploadId));
  const recorded = recordSubmission(agency, { kind: 'claim_appeal', counselId: by.counselId, claimId, idempotencyKey: by.idempotencyKey, personId: by.personId, files });
  const documentIds = input.documents.map((d, i) => {
    const file = files[i]!;
    return createDocument(agency, {
      appointment: main,
      kind: 'overklagande_ersattning',
      title: d.title ?? 'Överklagande av beslut om ersättning',
      blob: file,
      pages: file.pages,
      sentByPersonId: by.personId,
      submissionId: recorded.id,
      claimId,
    }).id;
  });
  const appealId = newId('apl');
  claim.appeals.push({ id: appealId, decisionId, at: recorded.receivedAt, byPersonId: by.personId, documentIds, text: input.text ?? null });
  claim.status = 'appealed';
  addEvent(agency, claim, 'appealed', { sv: 'Beslutet om ersättning har överklagats', en: 'The compensation decision was appealed' }, by.personId);
  saveClaim(agency, claim);
  return { appealId, claim };
}
