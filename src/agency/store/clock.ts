/**
 * The agency's clock: real time plus an offset, or frozen. Tests move it through the control API
 * instead of sleeping; deadlines, token lifetimes and visibility all read it. Persisted in meta so
 * a restart on the same data directory keeps the agency's idea of today.
 */
import { stockholmDate, type IsoDate } from '../../shared/domain/dates.ts';
import { getMeta, setMeta, type Db } from './db.ts';

export interface Clock {
  nowMs(): number;
  now(): string;
  today(): IsoDate;
  frozen(): boolean;
  /** Sets the clock to an instant; keeps running unless frozen. */
  set(ms: number): void;
  advance(ms: number): void;
  setFrozen(frozen: boolean): void;
}

export function createClock(db: Db): Clock {
  let offset = Number(getMeta(db, 'clock_offset_ms') ?? '0');
  const frozenText = getMeta(db, 'clock_frozen_at');
  let frozenAt: number | null = frozenText ? Number(frozenText) : null;

  const persist = () => {
    setMeta(db, 'clock_offset_ms', String(offset));
    setMeta(db, 'clock_frozen_at', frozenAt === null ? '' : String(frozenAt));
  };
  const nowMs = () => frozenAt ?? Date.now() + offset;

  return {
    nowMs,
    now: () => new Date(nowMs()).toISOString(),
    today: () => stockholmDate(nowMs()),
    frozen: () => frozenAt !== null,
    set(ms) {
      if (frozenAt !== null) frozenAt = ms;
      offset = ms - Date.now();
      persist();
    },
    advance(ms) {
      this.set(nowMs() + ms);
    },
    setFrozen(frozen) {
      const current = nowMs();
      frozenAt = frozen ? current : null;
      offset = current - Date.now();
      persist();
    },
  };
}
