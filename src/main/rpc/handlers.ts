import type { EventName, Events, MethodName, MethodOutput, MethodParsed } from '../../shared/contract/contract.ts';
import type { InternalCalls } from '../core/messages.ts';

/** The implementation side of the contract: inputs arrive already validated. */
export type Handlers = {
  [K in MethodName]: (input: MethodParsed<K>) => Promise<MethodOutput<K>> | MethodOutput<K>;
};

export type EmitEvent = <E extends EventName>(name: E, payload: Events[E]) => void;

/** The implementation side of the host-only calls (core/messages.ts InternalCalls). */
export type InternalHandlers = { [K in keyof InternalCalls]: (args: InternalCalls[K]['args']) => Promise<InternalCalls[K]['result']> };
