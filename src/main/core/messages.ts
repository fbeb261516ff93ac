import type { EventName } from '../../shared/contract/contract.ts';
import type { Result } from '../../shared/contract/result.ts';

export type ToCore = { type: 'call'; id: number; name: string; input: unknown } | { type: 'close' };

export type FromCore =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'log'; line: string }
  | { type: 'closed' };
