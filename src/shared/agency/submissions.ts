/** Inlaga and överklagande: documents (finished uploads) sent to the agency for an appointment. */
import { z } from 'zod';
import { idSchema, instantSchema } from './common.ts';
import { inlagaDocumentTypeSchema } from './documents.ts';
import { documentSchema } from './entities.ts';

export const inlagaRequestSchema = z.object({
  /** Individuals of the group the inlaga concerns; they must belong to the appointment's group. */
  individualIds: z.array(idSchema).min(1).max(50),
  documents: z
    .array(z.object({ uploadId: idSchema, documentType: inlagaDocumentTypeSchema, title: z.string().max(200).optional() }))
    .min(1)
    .max(50),
});
export type InlagaRequest = z.infer<typeof inlagaRequestSchema>;

/** An överklagande always concerns only the appointment's own individual. */
export const overklagandeRequestSchema = z.object({
  documents: z.array(z.object({ uploadId: idSchema, title: z.string().max(200).optional() })).min(1).max(50),
});
export type OverklagandeRequest = z.infer<typeof overklagandeRequestSchema>;

export const submissionReceiptSchema = z.object({
  submissionId: idSchema,
  kind: z.enum(['inlaga', 'overklagande']),
  receivedAt: instantSchema,
  /** The documents as they now appear in the feed, one per individual covered. */
  documents: z.array(documentSchema),
});
export type SubmissionReceipt = z.infer<typeof submissionReceiptSchema>;
