import { stockholmDate } from '../../shared/domain/dates.ts';
import type { Db } from '../store/database.ts';
import { lastKnownSkewMs } from '../sync/identity.ts';

/** The agency's calendar day, estimated from this clock and the skew seen at the last sync. */
export function agencyToday(db: Db, now = Date.now()): string {
  return stockholmDate(now + lastKnownSkewMs(db));
}
