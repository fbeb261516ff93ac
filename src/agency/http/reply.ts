/**
 * What handlers answer with: a status, headers and a body held in memory or a byte range of a
 * file to stream. Writing it is left to send.ts, where faults can cut it short.
 */
import { rejectionBody, rejectionStatus, type RejectionCode } from '../../shared/agency/errors.ts';

export interface FileBody {
  path: string;
  start: number;
  /** Inclusive. */
  end: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  file?: FileBody;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string | number> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

/** JSON already serialised (feed pages are built from stored strings). */
export function rawJsonReply(status: number, json: string, headers: Record<string, string | number> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: json };
}

export function emptyReply(status: number, headers: Record<string, string | number> = {}): Reply {
  return { status, headers };
}

/** A refusal by one of the agency's rules; thrown anywhere in a handler, answered by the pipeline. */
export class Rejection extends Error {
  readonly code: RejectionCode;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string | number>;
  constructor(code: RejectionCode, details?: Record<string, unknown>, headers: Record<string, string | number> = {}) {
    super(code);
    this.name = 'Rejection';
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
}

export function rejectionReply(code: RejectionCode, details?: Record<string, unknown>, headers: Record<string, string | number> = {}): Reply {
  const extra: Record<string, string | number> = { ...headers };
  if (code === 'UNAUTHENTICATED') extra['WWW-Authenticate'] ??= 'Bearer realm="agency"';
  return jsonReply(rejectionStatus(code), rejectionBody(code, details), extra);
}
