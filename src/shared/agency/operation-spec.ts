/** The shape of an entry in the operation table, and helpers to write entries. */
import type { z } from 'zod';
import { okSchema } from './common.ts';
import type { RejectionCode } from './errors.ts';
import type { PathName } from './paths.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * none: anyone; person: any signed-in person; counsel: a person who may act for the counsel in
 * the path (counsel or their assistant); counsel_only: that counsel in person; control: the
 * demo control API.
 */
export type OperationAuth = 'none' | 'person' | 'counsel' | 'counsel_only' | 'control';

export type OperationBody =
  | { kind: 'json'; schema: z.ZodType }
  | { kind: 'form'; schema: z.ZodType }
  | { kind: 'bytes'; contentType: string };

export interface OperationResponse {
  status: number;
  description: string;
  schema?: z.ZodType;
  /** Default application/json when a schema is given. */
  contentType?: string;
  headers?: readonly string[];
}

export interface OperationSpec {
  method: HttpMethod;
  path: PathName;
  summary: string;
  tag: 'service' | 'identity' | 'feed' | 'documents' | 'uploads' | 'submissions' | 'claims' | 'calendar' | 'details' | 'control';
  auth: OperationAuth;
  /** Writes that need an Idempotency-Key: the same key and body replay the first answer. */
  idempotent?: boolean;
  query?: z.ZodType;
  body?: OperationBody;
  responses: readonly OperationResponse[];
  errors?: readonly RejectionCode[];
}

export const json = <S extends z.ZodType>(schema: S) => ({ kind: 'json', schema }) as const;
export const ok = (description: string, schema: z.ZodType = okSchema, status = 200): OperationResponse => ({ status, description, schema });
