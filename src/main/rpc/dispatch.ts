import type { Result } from '../../shared/contract/result.ts';
import { validateCall } from '../../shared/contract/validate.ts';
import { describeError, log } from '../util/log.ts';
import type { Handlers } from './handlers.ts';
import { invokeHandler } from './invoke.ts';

export interface CoreCaller {
  call(name: keyof Handlers, input: unknown): Promise<Result<unknown>>;
}

export type Dispatch = (name: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * The boundary every renderer call crosses in both hosts: validate, then answer in the host
 * (for what needs a window or a dialog) or in the core worker.
 */
export function createDispatch(core: CoreCaller, hostHandlers: Partial<Handlers> = {}): Dispatch {
  return async (name, input) => {
    const call = validateCall(name, input);
    if (!call.ok) return { ok: false, error: call.error };
    if (hostHandlers[call.name]) {
      return invokeHandler(hostHandlers, call.name, call.input, (line) => log('error', 'host.handler', { detail: line }));
    }
    try {
      return await core.call(call.name, call.input);
    } catch (error) {
      log('error', 'core.call', { detail: describeError(error) });
      return { ok: false, error: { code: 'HOST_UNAVAILABLE', message: 'The background service did not answer' } };
    }
  };
}
