import { meSchema, type Me } from '../../shared/agency/identity.ts';
import type { Db } from '../store/database.ts';

/** The person and whom they act for, as the agency last said: the session needs it offline too. */
export function saveIdentity(db: Db, me: Me): void {
  db.prepare('INSERT INTO identity (id, data) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data').run(JSON.stringify(me));
}

export function loadIdentity(db: Db): Me | null {
  const raw = db.prepare('SELECT data FROM identity WHERE id = 1').pluck().get() as string | undefined;
  if (!raw) return null;
  const parsed = meSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

/** Agency clock minus local clock, in ms, as of the last sync; 0 when unknown. */
export function lastKnownSkewMs(db: Db): number {
  const row = db.prepare('SELECT server_time, last_synced_at FROM sync_cursor WHERE last_synced_at IS NOT NULL ORDER BY last_synced_at DESC LIMIT 1').get() as
    | { server_time: string; last_synced_at: string }
    | undefined;
  return row ? Date.parse(row.server_time) - Date.parse(row.last_synced_at) : 0;
}
