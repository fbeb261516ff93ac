import type { Api } from '../../shared/contract/contract.ts';
import type { ContractError, Result } from '../../shared/contract/result.ts';

declare global {
  interface Window {
    readonly api: Api;
  }
}

/** The contract, from whichever host the renderer runs in (Electron preload or browser host). */
export function getApi(): Api {
  return window.api;
}

/** An error from the contract, carried through React code as an exception. */
export class ApiError extends Error {
  readonly error: ContractError;
  constructor(error: ContractError) {
    super(error.message);
    this.name = 'ApiError';
    this.error = error;
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
