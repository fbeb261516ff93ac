/** Every contract call answers with a Result: never a thrown error across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/**
 * Stable codes the renderer maps to Swedish and English text (renderer i18n, `errors.<code>`).
 * `message` is an English sentence for developers and logs; it never holds client data.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'FORBIDDEN_SENDER',
  'HOST_UNAVAILABLE',
  'NOT_SIGNED_IN',
  'SIGN_IN_FAILED',
  'PERSON_MISMATCH',
  'LOCKED',
  'WRONG_SECRET',
  'PROFILE_NOT_FOUND',
  'PROFILE_UNREADABLE',
  'PROFILE_TOO_NEW',
  'KEYCHAIN_UNAVAILABLE',
  'INVALID_STATE',
  'HOST_UNSUPPORTED',
  'OFFLINE',
  'AGENCY_REJECTED',
  'AGENCY_UNAVAILABLE',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for INVALID_INPUT: where and what. */
  issues?: { path: string; message: string }[];
  /** Text the agency gave with a rejection, in both languages, shown as is. */
  agency?: { code: string; sv: string; en: string; retryable: boolean };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ContractError): Result<never> => ({ ok: false, error });

/** Thrown inside services to answer a call with a specific code; the dispatcher turns it into a Result. */
export class ContractFailure extends Error {
  readonly error: ContractError;
  constructor(error: ContractError) {
    super(error.message);
    this.name = 'ContractFailure';
    this.error = error;
  }
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const r = value as { ok: unknown; value?: unknown; error?: unknown };
  return r.ok === true ? 'value' in r : r.ok === false && typeof r.error === 'object' && r.error !== null;
}
