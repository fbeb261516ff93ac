import type { LocalizedText } from '../../shared/agency/common.ts';

/**
 * How the app reacts to a failed agency request (architecture.md, Outbox): retry later, ask the
 * person to sign in, stop and show the agency's reason, merge, or ask again by idempotency key.
 */
export type FailureKind =
  | 'network' // never reached the agency, or the connection broke: retry
  | 'retryable' // 5xx, 429: retry, Retry-After as a floor
  | 'auth' // the sign-in is over: pause until the person signs in again
  | 'permanent' // the agency's rule said no: show the reason
  | 'conflict' // stale version: merge or show
  | 'cursorExpired' // the change feed wants a full sync
  | 'protocol'; // an answer we cannot understand: retry later, report

export class AgencyError extends Error {
  readonly kind: FailureKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly agencyMessage: LocalizedText | null;
  readonly retryAfterMs: number | null;
  /** The request may have reached the agency (sent, no answer): ask before resending. */
  readonly ambiguous: boolean;

  constructor(
    kind: FailureKind,
    message: string,
    extra: { status?: number; code?: string; agencyMessage?: LocalizedText; retryAfterMs?: number | null; ambiguous?: boolean } = {},
  ) {
    super(message);
    this.name = 'AgencyError';
    this.kind = kind;
    this.status = extra.status ?? null;
    this.code = extra.code ?? null;
    this.agencyMessage = extra.agencyMessage ?? null;
    this.retryAfterMs = extra.retryAfterMs ?? null;
    this.ambiguous = extra.ambiguous ?? false;
  }
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function kindForStatus(status: number, code: string | null): FailureKind {
  if (status === 401) return 'auth';
  if (status === 410 && code === 'CURSOR_EXPIRED') return 'cursorExpired';
  if ((status === 409 || status === 412) && code === 'STALE_VERSION') return 'conflict';
  if (status === 408 || status === 429 || status >= 500) return 'retryable';
  return 'permanent';
}
