/** The handler of every operation in the shared table; the type makes a missing one a compile error. */
import { buildOpenApiDocument } from '../shared/agency/openapi.ts';
import { meOf } from './auth/access.ts';
import { authorizePageHandler, authorizeSubmitHandler, revokeHandler, tokenHandler } from './auth/oauth.ts';
import { addAvailability, deleteInterval, removeAvailability } from './calendar/availability.ts';
import { answerCompletion, appealDecision, createClaim, saveDraft, submitClaim } from './claims/claims.ts';
import { controlHandlers } from './control/control.ts';
import {
  addAssistant,
  addPaymentAccount,
  addWorkplace,
  lookupAddress,
  lookupPerson,
  removeAssistant,
  removePaymentAccount,
  removeWorkplace,
  setStatus,
} from './details/details.ts';
import { documentContent } from './documents/content.ts';
import { changesPage } from './feed/changes.ts';
import { jsonReply } from './http/reply.ts';
import type { Handlers, RequestContext } from './http/types.ts';
import { submitInlaga, submitOverklagande } from './submissions/inlaga.ts';
import { createUpload, finishUpload, getUpload, patchUpload } from './uploads/uploads.ts';

function caller(ctx: RequestContext<unknown, unknown>) {
  return { counselId: ctx.counselId, personId: ctx.personId, idempotencyKey: ctx.idempotencyKey };
}

const header = (ctx: RequestContext<unknown, unknown>, name: string): string | undefined => {
  const v = ctx.req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** The document is the same for the life of an agency; build it once per agency (its URL differs). */
const openApiCache = new WeakMap<object, string>();

export const handlers: Handlers = {
  health: () => jsonReply(200, { ok: true }),
  openapi: ({ agency }) => {
    let json = openApiCache.get(agency);
    if (json === undefined) {
      json = JSON.stringify(buildOpenApiDocument(agency.origin));
      openApiCache.set(agency, json);
    }
    return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: json };
  },
  authorizePage: authorizePageHandler,
  authorizeSubmit: authorizeSubmitHandler,
  token: tokenHandler,
  revoke: revokeHandler,
  getMe: ({ agency, personId }) => jsonReply(200, meOf(agency, personId)),
  addressLookup: ({ agency, query }) => jsonReply(200, { suggestions: lookupAddress(agency, query.q) }),

  getChanges: ({ agency, counselId, relation, query }) => changesPage(agency, counselId, relation === 'self', query.cursor, query.limit),
  getDocumentContent: (ctx) =>
    documentContent(ctx.agency, ctx.counselId, ctx.params.documentId!, { range: header(ctx, 'range'), ifNoneMatch: header(ctx, 'if-none-match') }),

  createUpload: (ctx) => createUpload(ctx.agency, ctx.counselId, ctx.personId, ctx.body),
  getUpload: (ctx) => getUpload(ctx.agency, ctx.counselId, ctx.params.uploadId!),
  patchUpload: (ctx) =>
    patchUpload(ctx.agency, ctx.counselId, ctx.params.uploadId!, { contentType: header(ctx, 'content-type'), offset: header(ctx, 'upload-offset') }, ctx.stream),
  finishUpload: (ctx) => finishUpload(ctx.agency, ctx.counselId, ctx.params.uploadId!),

  submitInlaga: (ctx) => jsonReply(201, submitInlaga(ctx.agency, caller(ctx), ctx.params.appointmentId!, ctx.body)),
  submitOverklagande: (ctx) => jsonReply(201, submitOverklagande(ctx.agency, caller(ctx), ctx.params.appointmentId!, ctx.body)),

  createClaim: (ctx) => jsonReply(201, createClaim(ctx.agency, caller(ctx), ctx.body.groupId, ctx.body.relatedToClaimId ?? null)),
  saveClaimDraft: (ctx) => jsonReply(200, saveDraft(ctx.agency, caller(ctx), ctx.params.claimId!, ctx.body.version, ctx.body.content)),
  submitClaim: (ctx) => jsonReply(201, submitClaim(ctx.agency, caller(ctx), ctx.params.claimId!, ctx.body.content)),
  answerCompletionRequest: (ctx) =>
    jsonReply(201, answerCompletion(ctx.agency, caller(ctx), ctx.params.claimId!, ctx.params.requestId!, ctx.body.content, ctx.body.summary)),
  appealClaimDecision: (ctx) => jsonReply(201, appealDecision(ctx.agency, caller(ctx), ctx.params.claimId!, ctx.params.decisionId!, ctx.body)),

  addAvailability: (ctx) => jsonReply(200, addAvailability(ctx.agency, ctx.counselId, ctx.body)),
  removeAvailability: (ctx) => jsonReply(200, removeAvailability(ctx.agency, ctx.counselId, ctx.body.from, ctx.body.to)),
  deleteAvailabilityInterval: (ctx) => jsonReply(200, deleteInterval(ctx.agency, ctx.counselId, ctx.params.availabilityId!)),

  setCounselStatus: (ctx) => jsonReply(200, setStatus(ctx.agency, ctx.counselId, ctx.body.status)),
  addPaymentAccount: (ctx) => jsonReply(201, addPaymentAccount(ctx.agency, ctx.counselId, ctx.body)),
  removePaymentAccount: (ctx) => (removePaymentAccount(ctx.agency, ctx.counselId, ctx.params.accountId!), jsonReply(200, { ok: true })),
  lookupPerson: (ctx) => jsonReply(200, lookupPerson(ctx.agency, ctx.query.personnummer)),
  addAssistant: (ctx) => jsonReply(201, addAssistant(ctx.agency, ctx.counselId, ctx.body.personnummer)),
  removeAssistant: (ctx) => (removeAssistant(ctx.agency, ctx.counselId, ctx.params.personId!), jsonReply(200, { ok: true })),
  addWorkplace: (ctx) => jsonReply(201, addWorkplace(ctx.agency, ctx.counselId, ctx.body)),
  removeWorkplace: (ctx) => (removeWorkplace(ctx.agency, ctx.counselId, ctx.params.workplaceId!), jsonReply(200, { ok: true })),

  ...controlHandlers,
};
