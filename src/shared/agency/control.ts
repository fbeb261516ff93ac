/**
 * The demo agency's control API: clock, case events the agency would cause, faults and counters.
 * Only served when the demo agency runs with --demo-controls, and only on loopback; no auth.
 */
import { z } from 'zod';
import { hhmmSchema, idSchema, instantSchema, isoDateSchema, oreSchema, sha256Schema } from './common.ts';
import { documentKindSchema } from './documents.ts';

export const clockStateSchema = z.object({
  now: instantSchema,
  /** The agency's Europe/Stockholm date. */
  today: isoDateSchema,
  /** A frozen clock does not advance with real time. */
  frozen: z.boolean(),
});
export type ClockState = z.infer<typeof clockStateSchema>;

export const clockRequestSchema = z.object({
  set: instantSchema.optional(),
  advance: z
    .object({
      days: z.int().optional(),
      hours: z.int().optional(),
      minutes: z.int().optional(),
      seconds: z.int().optional(),
    })
    .optional(),
  frozen: z.boolean().optional(),
});
export type ClockRequest = z.infer<typeof clockRequestSchema>;

export const sessionRequestSchema = z.object({ personId: idSchema });

export const newIndividualSchema = z.object({
  name: z.string().min(1),
  citizenship: z.string().min(1),
  birthDate: isoDateSchema,
  protectedContact: z.boolean().optional(),
});

export const controlAppointmentRequestSchema = z.object({
  counselId: idSchema,
  startedOn: isoDateSchema.optional(),
  individuals: z.array(newIndividualSchema).min(1).max(20),
});
export const controlAppointmentResponseSchema = z.object({
  groupId: idSchema,
  appointmentIds: z.array(idSchema),
  individualIds: z.array(idSchema),
});

export const controlGroupMemberResponseSchema = z.object({ appointmentId: idSchema, individualId: idSchema });

export const controlDocumentRequestSchema = z.object({
  appointmentId: idSchema,
  kind: documentKindSchema.optional(),
  title: z.string().optional(),
  pages: z.int().min(1).max(1000).optional(),
  text: z.string().optional(),
});
export const controlDocumentResponseSchema = z.object({ documentId: idSchema, notificationId: idSchema });

export const controlDecisionRequestSchema = z.object({
  appointmentId: idSchema,
  outcome: z.enum(['granted', 'refused']).optional(),
  decidedOn: isoDateSchema.optional(),
  /** Defaults to the agency's today. */
  notifiedOn: isoDateSchema.optional(),
});
export const controlDecisionResponseSchema = z.object({ documentId: idSchema, appealLastDay: isoDateSchema });

/** For appeal handovers, releases and endings: the appointment and the day (default today). */
export const controlAppointmentEventSchema = z.object({ appointmentId: idSchema, on: isoDateSchema.optional() });
export const controlEventResponseSchema = z.object({ ok: z.literal(true), documentId: idSchema.nullable() });

export const controlBookingRequestSchema = z.object({
  counselId: idSchema,
  date: isoDateSchema,
  start: hhmmSchema,
  end: hhmmSchema,
  title: z.string().optional(),
  place: z.string().optional(),
  investigator: z.string().optional(),
  participants: z.array(z.string()).optional(),
  appointmentId: idSchema.optional(),
});
export const controlBookingResponseSchema = z.object({ bookingId: idSchema });

export const controlDelegationRemovalSchema = z.object({ counselId: idSchema, assistantId: idSchema });

export const controlCompletionRequestSchema = z.object({ message: z.string().min(1), deadline: isoDateSchema });
export const controlCompletionResponseSchema = z.object({ completionRequestId: idSchema, documentId: idSchema });

export const controlClaimDecisionRequestSchema = z.object({
  outcome: z.enum(['full', 'partial', 'rejected']),
  /** For 'partial'; defaults to 80 % of the claimed amount. */
  grantedOre: oreSchema.optional(),
  notifiedOn: isoDateSchema.optional(),
  reasoning: z.string().optional(),
});
export const controlClaimDecisionResponseSchema = z.object({ decisionId: idSchema, documentId: idSchema, appealLastDay: isoDateSchema });

export const FAULT_KINDS = ['latency', 'status', 'rate_limit', 'reset', 'truncate', 'slow_upload'] as const;
export const faultKindSchema = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof faultKindSchema>;

export const faultRuleRequestSchema = z.object({
  kind: faultKindSchema,
  /** Only requests with this method; any when omitted. */
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
  /** Only requests whose path starts with this (e.g. '/v1/counsel/anna/changes'). */
  pathPrefix: z.string().startsWith('/').default('/v1/'),
  /** How many matching requests it affects before it is spent. */
  count: z.int().min(1).max(1_000_000).default(1),
  /** latency: added delay before the request is handled. */
  latencyMs: z.int().min(0).max(120_000).optional(),
  /** status: the 5xx to answer with (default 503). */
  status: z.int().min(500).max(599).optional(),
  /** rate_limit: the Retry-After header in seconds (default 2). */
  retryAfterSeconds: z.int().min(0).max(3600).optional(),
  /** reset, truncate: body bytes sent before the connection is cut (default: half). */
  afterBytes: z.int().min(0).optional(),
  /** slow_upload: how fast the server reads the request body (default 64 KiB/s). */
  bytesPerSecond: z.int().min(1).optional(),
  /**
   * 'before': the request is not handled (nothing changes). 'after': it is handled and its
   * effect kept, then the answer is replaced or cut, which leaves the client unsure.
   * Defaults: status and rate_limit 'before'; reset 'after'.
   */
  phase: z.enum(['before', 'after']).optional(),
});
export type FaultRuleRequest = z.input<typeof faultRuleRequestSchema>;
export type FaultRule = z.output<typeof faultRuleRequestSchema>;

export const faultStateSchema = z.object({
  id: idSchema,
  rule: faultRuleRequestSchema,
  remaining: z.int().min(0),
  hits: z.int().min(0),
});
export const faultListSchema = z.object({ faults: z.array(faultStateSchema) });
export const faultCreatedSchema = z.object({ faultId: idSchema });

export const countersSchema = z.object({
  /** Per Idempotency-Key: requests that arrived, and how many of them changed anything. */
  idempotency: z.array(z.object({ key: z.string(), received: z.int(), applied: z.int() })),
  /** Every delivered submission (inlaga, överklagande, claim version, claim appeal) with its files. */
  submissions: z.array(
    z.object({
      id: idSchema,
      kind: z.enum(['inlaga', 'overklagande', 'claim', 'completion_answer', 'claim_appeal']),
      counselId: idSchema,
      appointmentId: idSchema.nullable(),
      claimId: idSchema.nullable(),
      idempotencyKey: z.string().nullable(),
      receivedAt: instantSchema,
      byPersonId: idSchema,
      files: z.array(z.object({ uploadId: idSchema, sha256: sha256Schema, size: z.int() })),
    }),
  ),
});
export type Counters = z.infer<typeof countersSchema>;
