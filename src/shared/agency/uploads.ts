/**
 * Resumable uploads, modelled on tus: create with size and SHA-256, PATCH bytes at the current
 * offset, HEAD for the offset after an interruption, then finish, which checks size, digest and
 * that the file is a PDF. A finished upload is referenced by id from a submission.
 */
import { z } from 'zod';
import { idSchema, instantSchema, sha256Schema } from './common.ts';

/** The largest file the agency accepts. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export const createUploadRequestSchema = z.object({
  fileName: z.string().min(1).max(255),
  size: z.int().min(1).max(MAX_UPLOAD_BYTES),
  sha256: sha256Schema,
});
export type CreateUploadRequest = z.infer<typeof createUploadRequestSchema>;

export const UPLOAD_STATES = ['open', 'finished', 'used'] as const;

export const uploadSchema = z.object({
  uploadId: idSchema,
  fileName: z.string(),
  size: z.int(),
  sha256: sha256Schema,
  /** Bytes received so far; the next PATCH must start here. */
  offset: z.int().min(0),
  state: z.enum(UPLOAD_STATES),
  /** Pages of the PDF, once finished. */
  pages: z.int().min(0).nullable(),
  createdAt: instantSchema,
});
export type Upload = z.infer<typeof uploadSchema>;

export const createUploadResponseSchema = z.object({ uploadId: idSchema, offset: z.literal(0) });
