/**
 * Faults on demand for the demo agency: rules matching method and path prefix, each spent after
 * `count` requests. The pipeline asks for a matching rule once per request.
 */
import { randomBytes } from 'node:crypto';
import type { FaultRule } from '../../shared/agency/control.ts';

export interface FaultState {
  id: string;
  rule: FaultRule;
  remaining: number;
  hits: number;
}

export interface FaultRegistry {
  add(rule: FaultRule): string;
  /** The first live rule that matches; counts the hit. */
  take(method: string, path: string): FaultRule | null;
  list(): FaultState[];
  clear(): void;
}

export function createFaultRegistry(): FaultRegistry {
  let faults: FaultState[] = [];
  return {
    add(rule) {
      const id = `flt_${randomBytes(6).toString('hex')}`;
      faults.push({ id, rule, remaining: rule.count, hits: 0 });
      return id;
    },
    take(method, path) {
      for (const f of faults) {
        if (f.remaining <= 0) continue;
        if (f.rule.method && f.rule.method !== method) continue;
        if (!path.startsWith(f.rule.pathPrefix)) continue;
        f.remaining--;
        f.hits++;
        return f.rule;
      }
      return null;
    },
    list: () => faults.map((f) => ({ ...f })),
    clear() {
      faults = [];
    },
  };
}
