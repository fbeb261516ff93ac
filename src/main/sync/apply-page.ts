import type { ChangesPage, FeedEntity } from '../../shared/agency/feed.ts';
import type { Db } from '../store/database.ts';
import { prepareEntityStatements } from './entity-tables.ts';
import { purgeAppointment, purgeCounsel } from './purge.ts';

export interface PageEffects {
  applied: number;
  kinds: Set<FeedEntity>;
  /** Digests of documents removed by this page, whose files may now be orphans. */
  removedShas: string[];
}

/**
 * Applies pages of the change feed. Each page and its cursor go in one transaction: a crash
 * repeats the page (upserts and deletes are idempotent), it never skips one. With `reset` (a
 * full re-sync), the counsel's agency rows are cleared in the same transaction, so the local
 * copy is never half old, half new.
 */
export class PageApplier {
  readonly #db: Db;
  readonly #entities: ReturnType<typeof prepareEntityStatements>;
  readonly #saveCursor;
  readonly #docSha;

  constructor(db: Db) {
    this.#db = db;
    this.#entities = prepareEntityStatements(db);
    this.#saveCursor = db.prepare(
      `INSERT INTO sync_cursor (counsel_id, cursor, last_synced_at, server_time) VALUES (?, ?, ?, ?)
       ON CONFLICT (counsel_id) DO UPDATE SET cursor = excluded.cursor, server_time = excluded.server_time,
         last_synced_at = COALESCE(excluded.last_synced_at, sync_cursor.last_synced_at)`,
    );
    this.#docSha = db.prepare('SELECT sha256 FROM document WHERE counsel_id = ? AND agency_id = ?').pluck();
  }

  cursorOf(counselId: string): string | null {
    const row = this.#db.prepare('SELECT cursor FROM sync_cursor WHERE counsel_id = ?').get(counselId) as { cursor: string | null } | undefined;
    return row?.cursor ?? null;
  }

  apply(counselId: string, page: ChangesPage, options: { reset: boolean; syncedAt: string }): PageEffects {
    const db = this.#db;
    return db
      .transaction((): PageEffects => {
        const effects: PageEffects = { applied: 0, kinds: new Set(), removedShas: [] };
        if (options.reset) effects.removedShas.push(...purgeCounsel(db, counselId));
        for (const change of page.changes) {
          effects.kinds.add(change.entity);
          effects.applied++;
          if (change.op === 'delete') {
            if (change.entity === 'appointment') {
              effects.removedShas.push(...purgeAppointment(db, counselId, change.id));
              continue;
            }
            if (change.entity === 'document') {
              const old = this.#docSha.get(counselId, change.id) as string | undefined;
              if (old) effects.removedShas.push(old);
            }
            this.#entities[change.entity].remove(counselId, change.id);
          } else if (change.data !== undefined) {
            if (change.entity === 'document') {
              const old = this.#docSha.get(counselId, change.id) as string | undefined;
              if (old && old !== (change.data as { sha256: string }).sha256) effects.removedShas.push(old);
            }
            this.#entities[change.entity].upsert(counselId, change.id, change.data);
          }
        }
        // A sync counts as done only when the last page is in: until then the old time stands.
        this.#saveCursor.run(counselId, page.cursor, page.hasMore ? null : options.syncedAt, page.serverTime);
        return effects;
      })
      .immediate();
  }
}
