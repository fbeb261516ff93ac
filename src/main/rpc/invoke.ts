import type { MethodName } from '../../shared/contract/contract.ts';
import { ContractFailure, type Result } from '../../shared/contract/result.ts';
import type { Handlers } from './handlers.ts';
import { describeError } from '../util/log.ts';

/** Runs a handler and turns whatever happens into a Result; unexpected errors never reach the renderer verbatim. */
export async function invokeHandler(
  handlers: Partial<Handlers>,
  name: MethodName,
  input: unknown,
  log: (message: string) => void,
): Promise<Result<unknown>> {
  const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
  if (!handler) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `No handler for ${name}` } };
  try {
    return { ok: true, value: await handler(input) };
  } catch (error) {
    if (error instanceof ContractFailure) return { ok: false, error: error.error };
    // A library error message may quote client data: log kind and frames only.
    log(`handler ${name} failed: ${describeError(error)}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred' } };
  }
}
