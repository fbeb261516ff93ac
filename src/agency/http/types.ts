/** The context a handler gets, and the handler table's type, derived from the operation table. */
import type { IncomingMessage } from 'node:http';
import type { BodyOf, OPERATIONS, OperationId, QueryOf } from '../../shared/agency/operations.ts';
import type { Agency } from '../context.ts';
import type { Reply } from './reply.ts';

export interface RequestContext<B = unknown, Q = unknown> {
  agency: Agency;
  req: IncomingMessage;
  url: URL;
  params: Readonly<Record<string, string>>;
  query: Q;
  body: B;
  /** The signed-in person ('' for operations without auth). */
  personId: string;
  /** The counsel of the path ('' for operations outside /v1/counsel/{counselId}). */
  counselId: string;
  /** How the caller relates to that counsel. */
  relation: 'self' | 'assistant' | null;
  idempotencyKey: string | null;
  /** The request body as a stream (uploads), read slowly when a slow_upload fault applies. */
  stream: AsyncIterable<Buffer>;
}

/** OAuth endpoints answer in OAuth's own error format, so they parse their input themselves. */
export const RAW_OPERATIONS = ['authorizePage', 'authorizeSubmit', 'token', 'revoke'] as const;
export type RawOperation = (typeof RAW_OPERATIONS)[number];

type Ctx<K extends OperationId> = RequestContext<BodyOf<K>, QueryOf<K>>;

/**
 * Idempotent writes must be synchronous: the pipeline runs them and records their answer in one
 * SQLite transaction, so a repeated key can never see half an effect.
 */
export type Handlers = {
  [K in Exclude<OperationId, RawOperation>]: (typeof OPERATIONS)[K] extends { idempotent: true }
    ? (ctx: Ctx<K>) => Reply
    : (ctx: Ctx<K>) => Reply | Promise<Reply>;
} & {
  [K in RawOperation]: (ctx: RequestContext<Record<string, string>, URLSearchParams>) => Reply;
};
