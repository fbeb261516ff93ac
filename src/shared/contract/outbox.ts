// Submissions the person sends (product C1–C4): staged files, queued operations and their states.
import { z } from 'zod';
import { INLAGA_DOCUMENT_TYPES } from '../agency/documents.ts';
import type { InlagaDocumentType } from '../agency/documents.ts';
import type { PdfVerdict } from '../pdf/pdf-verdict.ts';

const idSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);
const stagedIdSchema = z.string().regex(/^[0-9a-f]{64}$/);
const titleSchema = z.string().trim().max(200);

/** A file the person added to a submission: checked, and copied into the encrypted store. */
export interface StagedFile {
  stagedId: string;
  fileName: string;
  size: number;
  verdict: PdfVerdict;
}

export const queueInlagaInput = z.strictObject({
  appointmentId: idSchema,
  /** Individuals of the group it concerns, the current one included. */
  individualIds: z.array(idSchema).min(1).max(50),
  documents: z
    .array(z.strictObject({ stagedId: stagedIdSchema, documentType: z.enum(INLAGA_DOCUMENT_TYPES), title: titleSchema.optional() }))
    .min(1)
    .max(50),
});
export type QueueInlagaInput = z.infer<typeof queueInlagaInput>;

export const queueAppealInput = z.strictObject({
  appointmentId: idSchema,
  documents: z.array(z.strictObject({ stagedId: stagedIdSchema, title: titleSchema.optional() })).min(1).max(50),
});
export type QueueAppealInput = z.infer<typeof queueAppealInput>;

export const opInput = z.strictObject({ opId: z.string().uuid() });
export const stagedInput = z.strictObject({ stagedId: stagedIdSchema });

export type OutboxState = 'queued' | 'sending' | 'delivered' | 'attention' | 'cancelled';

export interface OutboxError {
  /** retryable: tried again by itself; auth: waits for a new sign-in; rejected: the agency said no. */
  kind: 'retryable' | 'auth' | 'rejected';
  code: string | null;
  /** The agency's own words where it gave any. */
  message: { sv: string; en: string } | null;
  at: string;
}

export interface OutboxItem {
  opId: string;
  kind: 'inlaga' | 'overklagande';
  counselId: string;
  state: OutboxState;
  createdAt: string;
  deliveredAt: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  /** Exactly what is sent, for the queue view and the receipt. */
  summary: {
    appointmentId: string;
    individuals: { individualId: string; name: string; individualNumber: string }[];
    documents: { fileName: string; title: string | null; documentType: InlagaDocumentType | null; pages: number; size: number }[];
  };
  files: { fileName: string; size: number; uploaded: number }[];
  lastError: OutboxError | null;
  /** Waiting for an earlier operation for the same individual, which must go first. */
  blockedBy: string | null;
}

export interface UploadProgress {
  opId: string;
  /** Bytes delivered of all the operation's files. */
  uploaded: number;
  total: number;
}
