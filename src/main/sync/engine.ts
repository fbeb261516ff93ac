import { changesPageSchema, type ChangesPage } from '../../shared/agency/feed.ts';
import { meSchema, type Me } from '../../shared/agency/identity.ts';
import { pathTo } from '../../shared/agency/paths.ts';
import { stockholmDate } from '../../shared/domain/dates.ts';
import type { AgencyClient } from '../agency/client.ts';
import { AgencyError } from '../agency/errors.ts';
import type { FileStore } from '../files/file-store.ts';
import type { Db } from '../store/database.ts';
import { PageApplier } from './apply-page.ts';
import { removeOrphanFiles } from './document-content.ts';
import { saveIdentity } from './identity.ts';
import { expireAppointments, purgeCounsel } from './purge.ts';

const DEFAULT_PAGE_LIMIT = 1000;

export interface SyncProgress {
  items: number;
  bytes: number;
}

export interface SyncDeps {
  db: Db;
  files: FileStore;
  client: AgencyClient;
  /** Changes per page: a thousand keeps each transaction short and memory low at no cost in speed (bench sync.*). */
  pageLimit?: number;
  /** Full re-syncs allowed in one run before giving up with a clear error. */
  maxResets?: number;
  onProgress?(progress: SyncProgress): void;
  /** Local data changed: the kinds of what changed, for views to re-query. */
  onChanged?(kinds: string[]): void;
}

export interface SyncResult {
  me: Me;
  items: number;
  serverTime: string;
  /** Appointments removed because access was withdrawn or their window passed. */
  purged: number;
}

export class ResyncFailedError extends Error {
  constructor() {
    super('The agency kept rejecting the sync position; a full re-sync did not settle it');
    this.name = 'ResyncFailedError';
  }
}

/**
 * Pulls every counsel's change feed the person may act for, page by page, into the local copy.
 * Withdrawn access is purged: counsel the person no longer acts for, appointments the agency
 * deletes, and appointments whose visibility window has passed by the agency's calendar.
 */
export class SyncEngine {
  readonly #deps: SyncDeps;
  readonly #applier: PageApplier;
  #progress: SyncProgress = { items: 0, bytes: 0 };

  constructor(deps: SyncDeps) {
    this.#deps = deps;
    this.#applier = new PageApplier(deps.db);
  }

  async run(signal?: AbortSignal): Promise<SyncResult> {
    this.#progress = { items: 0, bytes: 0 };
    const me = await this.#deps.client.getJson(pathTo('me'), meSchema, signal ? { signal } : {});
    saveIdentity(this.#deps.db, me);
    const counselIds = me.actsFor.map((a) => a.counselId);
    let purged = await this.#purgeWithdrawnCounsel(counselIds);
    let serverTime = me.serverTime;
    for (const counselId of counselIds) {
      signal?.throwIfAborted();
      try {
        serverTime = await this.#syncCounsel(counselId, signal);
      } catch (error) {
        // The delegation ended between `me` and this feed: the counsel's data goes, the rest syncs.
        if (!(error instanceof AgencyError && error.code === 'NOT_YOUR_COUNSEL')) throw error;
        purged += await this.#purgeWithdrawnCounsel(counselIds.filter((c) => c !== counselId));
      }
    }
    purged += await this.expire(stockholmDate(serverTime));
    return { me, items: this.#progress.items, serverTime, purged };
  }

  /** Removes what is past its visibility window on the given agency day; safe offline. */
  async expire(agencyToday: string): Promise<number> {
    const expired = this.#deps.db.transaction(() => expireAppointments(this.#deps.db, agencyToday)).immediate();
    if (expired.length > 0) {
      await removeOrphanFiles(this.#deps.db, this.#deps.files, expired.flatMap((e) => e.shas));
      this.#deps.onChanged?.(['appointment', 'document']);
    }
    return expired.length;
  }

  async #purgeWithdrawnCounsel(current: string[]): Promise<number> {
    const db = this.#deps.db;
    const known = (db.prepare('SELECT counsel_id FROM sync_cursor').pluck().all() as string[]).filter((c) => !current.includes(c));
    for (const counselId of known) {
      const shas = db
        .transaction(() => {
          const removed = purgeCounsel(db, counselId);
          db.prepare('DELETE FROM sync_cursor WHERE counsel_id = ?').run(counselId);
          return removed;
        })
        .immediate();
      await removeOrphanFiles(db, this.#deps.files, shas);
    }
    if (known.length > 0) this.#deps.onChanged?.(['counsel', 'appointment', 'document']);
    return known.length;
  }

  async #fetchPage(counselId: string, cursor: string | null, signal?: AbortSignal): Promise<ChangesPage> {
    const query = new URLSearchParams({ limit: String(this.#deps.pageLimit ?? DEFAULT_PAGE_LIMIT) });
    if (cursor) query.set('cursor', cursor);
    const response = await this.#deps.client.request(`${pathTo('changes', { counselId })}?${query}`, signal ? { signal } : {});
    const text = await response.text().catch(() => {
      throw new AgencyError('network', 'The connection broke while a page of changes was arriving');
    });
    this.#progress.bytes += Buffer.byteLength(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AgencyError('protocol', 'A page of changes arrived cut off or malformed');
    }
    const parsed = changesPageSchema.safeParse(json);
    if (!parsed.success) throw new AgencyError('protocol', 'A page of changes had an unexpected shape');
    return parsed.data;
  }

  async #syncCounsel(counselId: string, signal?: AbortSignal): Promise<string> {
    const maxResets = this.#deps.maxResets ?? 3;
    let resets = 0;
    let cursor = this.#applier.cursorOf(counselId);
    let reset = false;
    // During a full re-sync the first page clears everything: files wait until the last page is
    // in, so documents that come back keep their content (and stay readable offline).
    let resetting = false;
    const deferredShas: string[] = [];
    for (;;) {
      let page: ChangesPage;
      try {
        page = await this.#fetchPage(counselId, cursor, signal);
      } catch (error) {
        if (error instanceof AgencyError && error.kind === 'cursorExpired') {
          if (++resets > maxResets) throw new ResyncFailedError();
          cursor = null;
          reset = true;
          continue;
        }
        throw error;
      }
      const effects = this.#applier.apply(counselId, page, { reset, syncedAt: new Date().toISOString() });
      resetting ||= reset;
      reset = false;
      this.#progress.items += effects.applied;
      this.#deps.onProgress?.({ ...this.#progress });
      deferredShas.push(...effects.removedShas);
      if (deferredShas.length > 0 && (!resetting || !page.hasMore)) {
        await removeOrphanFiles(this.#deps.db, this.#deps.files, deferredShas.splice(0));
      }
      if (effects.kinds.size > 0) this.#deps.onChanged?.([...effects.kinds]);
      cursor = page.cursor;
      if (!page.hasMore) return page.serverTime;
    }
  }
}
