/**
 * Every operation of the agency API in one table: route, who may call it, whether it needs an
 * Idempotency-Key, request and response schemas, and the rejections it can answer with. The
 * OpenAPI document is generated from it and the demo agency routes by it, so the two cannot drift.
 */
import type { z } from 'zod';
import { API_OPERATIONS } from './operations-api.ts';
import { CONTROL_OPERATIONS } from './operations-control.ts';

export type { HttpMethod, OperationAuth, OperationBody, OperationResponse, OperationSpec } from './operation-spec.ts';

export const OPERATIONS = { ...API_OPERATIONS, ...CONTROL_OPERATIONS } as const;


export type OperationId = keyof typeof OPERATIONS;
export const OPERATION_IDS = Object.keys(OPERATIONS) as OperationId[];

/** The parsed JSON or form body type of an operation (undefined when it has none). */
export type BodyOf<K extends OperationId> = (typeof OPERATIONS)[K] extends { body: { kind: 'json' | 'form'; schema: infer S extends z.ZodType } }
  ? z.output<S>
  : undefined;

/** The parsed query type of an operation. */
export type QueryOf<K extends OperationId> = (typeof OPERATIONS)[K] extends { query: infer S extends z.ZodType } ? z.output<S> : undefined;
