import type { OutboxError } from '../../shared/contract/outbox.ts';
import { AgencyError } from '../agency/errors.ts';

export type Outcome =
  | { kind: 'retry'; afterMs: number | null; error: OutboxError }
  | { kind: 'pause'; error: OutboxError }
  | { kind: 'attention'; error: OutboxError };

/**
 * What to do after a failed delivery. Network trouble, 5xx, 429 and answers we cannot read are
 * retried (the idempotency key makes an ambiguous retry safe: the agency answers with the first
 * result); a finished sign-in pauses the queue until the person signs in; a rule the agency
 * applies stops the operation with its reason for the person to act on.
 */
export function classify(error: unknown, now = new Date()): Outcome {
  const at = now.toISOString();
  if (error instanceof AgencyError) {
    const described = { code: error.code, message: error.agencyMessage, at };
    switch (error.kind) {
      case 'network':
      case 'retryable':
      case 'protocol':
        return { kind: 'retry', afterMs: error.retryAfterMs, error: { kind: 'retryable', ...described } };
      case 'auth':
        return { kind: 'pause', error: { kind: 'auth', ...described } };
      case 'permanent':
      case 'conflict':
      case 'cursorExpired':
        return { kind: 'attention', error: { kind: 'rejected', ...described } };
    }
  }
  // Our own failure (a file gone from the store, the disk): the person must see it.
  return { kind: 'attention', error: { kind: 'rejected', code: 'LOCAL_FAILURE', message: null, at } };
}
