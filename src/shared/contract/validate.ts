import type { z } from 'zod';
import { isMethodName, methods, type MethodName, type MethodParsed } from './contract.ts';
import type { ContractError } from './result.ts';

export type Validated<K extends MethodName> = { ok: true; name: K; input: MethodParsed<K> } | { ok: false; error: ContractError };

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

/** Checks an untrusted call at the boundary: the method exists and its input has the contract's shape. */
export function validateCall(name: unknown, input: unknown): Validated<MethodName> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `No method named ${JSON.stringify(String(name)).slice(0, 80)}` } };
  }
  const parsed = methods[name].input.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Invalid input for ${name}`, issues: issuesOf(parsed.error) },
    };
  }
  return { ok: true, name, input: parsed.data as MethodParsed<MethodName> };
}
