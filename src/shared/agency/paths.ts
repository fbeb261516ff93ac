/**
 * Routes and header names of the agency API. Templates use OpenAPI's `{name}` placeholders; the
 * builders fill them (escaped), so client and server never spell a path twice.
 */

export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  idempotentReplayed: 'Idempotent-Replayed',
  uploadOffset: 'Upload-Offset',
  uploadLength: 'Upload-Length',
  contentSha256: 'X-Content-SHA256',
  retryAfter: 'Retry-After',
} as const;

/** Content type of PATCH bodies of resumable uploads (as in tus). */
export const UPLOAD_CONTENT_TYPE = 'application/offset+octet-stream';

export const PATHS = {
  health: '/healthz',
  openapi: '/v1/openapi.json',
  authorize: '/oauth/authorize',
  token: '/oauth/token',
  revoke: '/oauth/revoke',
  me: '/v1/me',
  addressLookup: '/v1/address-lookup',
  changes: '/v1/counsel/{counselId}/changes',
  documentContent: '/v1/counsel/{counselId}/documents/{documentId}/content',
  uploads: '/v1/counsel/{counselId}/uploads',
  upload: '/v1/counsel/{counselId}/uploads/{uploadId}',
  uploadFinish: '/v1/counsel/{counselId}/uploads/{uploadId}/finish',
  inlagor: '/v1/counsel/{counselId}/appointments/{appointmentId}/inlagor',
  overklaganden: '/v1/counsel/{counselId}/appointments/{appointmentId}/overklaganden',
  claims: '/v1/counsel/{counselId}/claims',
  claimDraft: '/v1/counsel/{counselId}/claims/{claimId}/draft',
  claimSubmissions: '/v1/counsel/{counselId}/claims/{claimId}/submissions',
  completionAnswer: '/v1/counsel/{counselId}/claims/{claimId}/completion-requests/{requestId}/answer',
  claimDecisionAppeal: '/v1/counsel/{counselId}/claims/{claimId}/decisions/{decisionId}/appeal',
  availability: '/v1/counsel/{counselId}/availability',
  availabilityRemove: '/v1/counsel/{counselId}/availability/remove',
  availabilityInterval: '/v1/counsel/{counselId}/availability/{availabilityId}',
  counselStatus: '/v1/counsel/{counselId}/status',
  paymentAccounts: '/v1/counsel/{counselId}/payment-accounts',
  paymentAccount: '/v1/counsel/{counselId}/payment-accounts/{accountId}',
  assistants: '/v1/counsel/{counselId}/assistants',
  assistant: '/v1/counsel/{counselId}/assistants/{personId}',
  assistantLookup: '/v1/counsel/{counselId}/assistants/lookup',
  workplaces: '/v1/counsel/{counselId}/workplaces',
  workplace: '/v1/counsel/{counselId}/workplaces/{workplaceId}',

  // Demo agency only (started with --demo-controls); 404 otherwise.
  controlClock: '/control/clock',
  controlSessions: '/control/sessions',
  controlAppointments: '/control/appointments',
  controlGroupMembers: '/control/groups/{groupId}/members',
  controlDocuments: '/control/documents',
  controlDecisions: '/control/decisions',
  controlAppealHandovers: '/control/appeal-handovers',
  controlReleases: '/control/releases',
  controlEndings: '/control/endings',
  controlBookings: '/control/bookings',
  controlDelegationRemovals: '/control/delegation-removals',
  controlClaimProcessing: '/control/claims/{claimId}/processing',
  controlClaimCompletionRequests: '/control/claims/{claimId}/completion-requests',
  controlClaimDecisions: '/control/claims/{claimId}/decisions',
  controlFaults: '/control/faults',
  controlCounters: '/control/counters',
  controlCursorExpiry: '/control/cursor-expiry',
} as const;

export type PathName = keyof typeof PATHS;

/** Fills `{name}` placeholders of a template; throws when one is missing. */
export function buildPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`Missing path parameter ${name} for ${template}`);
    return encodeURIComponent(value);
  });
}

/** The path of a named route, e.g. `pathTo('changes', { counselId: 'anna' })`. */
export function pathTo(name: PathName, params: Readonly<Record<string, string>> = {}): string {
  return buildPath(PATHS[name], params);
}

/** Names of a template's placeholders, in order. */
export function pathParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
