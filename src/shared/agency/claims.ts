/**
 * Claims (ersättningsanspråk): one per appointment group, plus related claims after a decision.
 * The claim travels as one aggregate: its draft, every submitted version, completion requests,
 * decisions, appeals and events. A submitted version is a full snapshot, never a diff.
 */
import { z } from 'zod';
import { COST_TYPES } from '../domain/rates.ts';
import { hhmmSchema, idSchema, instantSchema, isoDateSchema, localizedTextSchema, oreSchema } from './common.ts';

export const CLAIM_METHODS = ['cost_items', 'claim_file'] as const;
export const claimMethodSchema = z.enum(CLAIM_METHODS);
export type ClaimMethod = z.infer<typeof claimMethodSchema>;

export const CLAIM_STATUSES = ['draft', 'submitted', 'processing', 'completion_requested', 'decided', 'appealed'] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const costTypeSchema = z.enum(COST_TYPES);

/** A file in a claim: a finished upload not yet submitted, or a document submitted earlier. */
export const fileRefSchema = z.union([z.object({ uploadId: idSchema }), z.object({ documentId: idSchema })]);
export type FileRef = z.infer<typeof fileRefSchema>;

const extent = {
  /** Hours and minutes as minutes, for eget_arbete, mote, tidsspillan and restid. */
  minutes: z.int().min(0).max(100_000).nullable().optional(),
  /** Kronor excl. VAT as öre, for utlagg. */
  ore: oreSchema.nullable().optional(),
  /** Kilometres, for milersattning. */
  km: z.int().min(0).max(100_000).nullable().optional(),
};

const specification = {
  specification: z.string().max(2000),
  /** Time interval of lost time (tidsspillan). */
  timeFrom: hhmmSchema.nullable().optional(),
  timeTo: hhmmSchema.nullable().optional(),
  /** Route of travel (restid, milersattning). */
  route: z.string().max(500).nullable().optional(),
};

export const costItemInputSchema = z.object({
  /** Chosen by the client, stable across edits, so concurrent edits can merge per item. */
  id: z.string().min(1).max(100),
  type: costTypeSchema,
  date: isoDateSchema,
  ...extent,
  ...specification,
  /** The amount the client computed; the agency recomputes it from the rate on `date` and refuses a mismatch. */
  amountOre: oreSchema,
});
export type CostItemInput = z.infer<typeof costItemInputSchema>;

/** What a draft or a submission says. Files are references; the agency turns uploads into documents. */
export const claimContentInputSchema = z.object({
  method: claimMethodSchema,
  costItems: z.array(costItemInputSchema).max(5000),
  claimFile: z.object({ file: fileRefSchema, totalExclVatOre: oreSchema }).nullable(),
  evidence: z.array(z.object({ file: fileRefSchema, title: z.string().max(200) })).max(100),
  paymentAccountId: idSchema.nullable(),
  ownReference: z.string().max(100).nullable(),
});
export type ClaimContentInput = z.infer<typeof claimContentInputSchema>;

export const costItemSchema = z.object({
  id: z.string(),
  type: costTypeSchema,
  date: isoDateSchema,
  minutes: z.int().nullable(),
  ore: oreSchema.nullable(),
  km: z.int().nullable(),
  specification: z.string(),
  timeFrom: hhmmSchema.nullable(),
  timeTo: hhmmSchema.nullable(),
  route: z.string().nullable(),
  amountOre: oreSchema,
  /** validFrom of the rate row the amount was priced by. */
  rateValidFrom: isoDateSchema.nullable(),
});
export type CostItem = z.infer<typeof costItemSchema>;

/** A submitted version as the agency received it. */
export const claimContentSchema = z.object({
  method: claimMethodSchema,
  costItems: z.array(costItemSchema),
  claimFile: z.object({ documentId: idSchema, totalExclVatOre: oreSchema }).nullable(),
  evidence: z.array(z.object({ documentId: idSchema, title: z.string() })),
  paymentAccountId: idSchema,
  ownReference: z.string().nullable(),
  totalExclVatOre: oreSchema,
  vatOre: oreSchema,
  totalInclVatOre: oreSchema,
});
export type ClaimContent = z.infer<typeof claimContentSchema>;

export const claimSubmissionSchema = z.object({
  no: z.int().positive(),
  kind: z.enum(['submission', 'completion_answer']),
  submittedAt: instantSchema,
  submittedByPersonId: idSchema,
  content: claimContentSchema,
  /** The kostnadsräkning document this version produced (under the group's main individual). */
  documentId: idSchema,
  /** Counsel's summary of the changes, for a completion answer. */
  summary: z.string().nullable(),
});
export type ClaimSubmission = z.infer<typeof claimSubmissionSchema>;

export const completionRequestSchema = z.object({
  id: idSchema,
  requestedAt: instantSchema,
  message: z.string(),
  /** The date the agency set; a reply is in time through statutoryLastDay(deadline). */
  deadline: isoDateSchema,
  lastDay: isoDateSchema,
  status: z.enum(['open', 'answered', 'expired']),
  answeredAt: instantSchema.nullable(),
  answerSummary: z.string().nullable(),
  documentId: idSchema.nullable(),
});
export type CompletionRequest = z.infer<typeof completionRequestSchema>;

export const claimDecisionSchema = z.object({
  id: idSchema,
  decidedAt: instantSchema,
  notifiedOn: isoDateSchema,
  outcome: z.enum(['full', 'partial', 'rejected']),
  claimedOre: oreSchema,
  grantedOre: oreSchema,
  reasoning: z.string(),
  documentId: idSchema,
  /** appealDeadline(notifiedOn); an appeal is possible only when outcome is not 'full'. */
  appealLastDay: isoDateSchema,
});
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;

export const claimAppealSchema = z.object({
  id: idSchema,
  decisionId: idSchema,
  at: instantSchema,
  byPersonId: idSchema,
  documentIds: z.array(idSchema),
  text: z.string().nullable(),
});
export type ClaimAppeal = z.infer<typeof claimAppealSchema>;

export const CLAIM_EVENT_TYPES = [
  'created',
  'submitted',
  'processing_started',
  'completion_requested',
  'completion_answered',
  'completion_expired',
  'decided',
  'appealed',
  'related_claim_created',
] as const;

export const claimEventSchema = z.object({
  id: idSchema,
  at: instantSchema,
  type: z.enum(CLAIM_EVENT_TYPES),
  text: localizedTextSchema,
  byPersonId: idSchema.nullable(),
});
export type ClaimEvent = z.infer<typeof claimEventSchema>;

export const claimDraftSchema = z.object({
  version: z.int().positive(),
  savedAt: instantSchema,
  savedByPersonId: idSchema,
  content: claimContentInputSchema,
});
export type ClaimDraft = z.infer<typeof claimDraftSchema>;

export const claimSchema = z.object({
  id: idSchema,
  counselId: idSchema,
  groupId: idSchema,
  relatedToClaimId: idSchema.nullable(),
  status: claimStatusSchema,
  /** Fixed by the first submission; null before it. */
  method: claimMethodSchema.nullable(),
  /** True while the claim cannot be changed: processing, decided, appealed. */
  locked: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** Version of the shared draft; the next save must name it. 0 before the first save. */
  draftVersion: z.int().min(0),
  draft: claimDraftSchema.nullable(),
  submissions: z.array(claimSubmissionSchema),
  completionRequests: z.array(completionRequestSchema),
  decisions: z.array(claimDecisionSchema),
  appeals: z.array(claimAppealSchema),
  events: z.array(claimEventSchema),
});
export type Claim = z.infer<typeof claimSchema>;

// Requests and answers.

export const createClaimRequestSchema = z.object({
  groupId: idSchema,
  /** For a related claim (ytterligare ersättningsanspråk): the earlier, decided claim. */
  relatedToClaimId: idSchema.nullable().optional(),
});

export const saveDraftRequestSchema = z.object({
  /** The draftVersion this edit is based on (0 for the first save). */
  version: z.int().min(0),
  content: claimContentInputSchema,
});

export const saveDraftResponseSchema = z.object({
  claimId: idSchema,
  version: z.int().positive(),
  savedAt: instantSchema,
});

export const submitClaimRequestSchema = z.object({
  content: claimContentInputSchema,
});

export const completionAnswerRequestSchema = z.object({
  content: claimContentInputSchema,
  summary: z.string().min(1).max(4000),
});

export const claimSubmissionResponseSchema = z.object({
  claim: claimSchema,
  submissionNo: z.int().positive(),
  documentId: idSchema,
});

export const claimAppealRequestSchema = z.object({
  documents: z.array(z.object({ uploadId: idSchema, title: z.string().max(200).optional() })).min(1).max(20),
  text: z.string().max(4000).optional(),
});

export const claimAppealResponseSchema = z.object({
  appealId: idSchema,
  claim: claimSchema,
});
