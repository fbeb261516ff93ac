import type { Me } from '../../shared/agency/identity.ts';
import type { SyncProblemCode, SyncStatus } from '../../shared/contract/schemas.ts';
import { stockholmDate } from '../../shared/domain/dates.ts';
import { AgencyError } from '../agency/errors.ts';
import type { OpenProfile } from '../session/open-profile.ts';
import { describeError, log } from '../util/log.ts';
import { ResyncFailedError, SyncEngine } from './engine.ts';
import { lastKnownSkewMs } from './identity.ts';
import { prefetchDocuments } from './prefetch.ts';

export interface SchedulerOptions {
  intervalMs: number;
  prefetchBudgetBytes: number;
  pageLimit?: number;
  onStatus(status: SyncStatus): void;
  onChanged(kinds: string[]): void;
  onIdentity(me: Me): void;
  onReachability(reached: boolean): void;
}

/** A skew under this is ordinary clock drift and not worth the person's attention. */
const SKEW_REPORT_MS = 120_000;
const RETRY_MIN_MS = 15_000;

function problemOf(error: unknown): SyncProblemCode {
  if (error instanceof ResyncFailedError) return 'resyncFailed';
  if (error instanceof AgencyError) {
    switch (error.kind) {
      case 'network':
        return 'offline';
      case 'auth':
        return 'signInRequired';
      case 'retryable':
        return error.status === 429 ? 'rateLimited' : 'agencyError';
      case 'protocol':
        return 'badData';
      default:
        return 'agencyError';
    }
  }
  return 'storage';
}

/**
 * Runs sync for the open profile: at unlock, every few minutes, when the network comes back
 * and on demand; never two at once (a request during a run queues one more run). Failures are a
 * status with a reason and a retry with backoff, never an exception for the person.
 */
export class SyncScheduler {
  readonly #profile: OpenProfile;
  readonly #o: SchedulerOptions;
  readonly #engine: SyncEngine;
  #status: SyncStatus;
  #running: Promise<void> | null = null;
  #again = false;
  #timer: NodeJS.Timeout | null = null;
  #abort = new AbortController();
  #failures = 0;
  #stopped = false;

  constructor(profile: OpenProfile, options: SchedulerOptions) {
    this.#profile = profile;
    this.#o = options;
    this.#engine = new SyncEngine({
      db: profile.syncDb,
      files: profile.files,
      client: profile.client,
      ...(options.pageLimit ? { pageLimit: options.pageLimit } : {}),
      onProgress: (p) => this.#update({ progress: { ...p } }),
      onChanged: options.onChanged,
    });
    const last = profile.db.prepare('SELECT max(last_synced_at) FROM sync_cursor').pluck().get() as string | null;
    this.#status = { running: false, progress: null, lastSyncedAt: last, problem: null, clockSkewSeconds: null };
  }

  get status(): SyncStatus {
    return this.#status;
  }

  #update(patch: Partial<SyncStatus>): void {
    this.#status = { ...this.#status, ...patch };
    this.#o.onStatus(this.#status);
  }

  /** Starts the cycle: what is past its window goes at once (offline too), then a sync. */
  async start(): Promise<void> {
    const agencyNow = Date.now() + lastKnownSkewMs(this.#profile.syncDb);
    await this.#engine.expire(stockholmDate(agencyNow)).catch((error: unknown) => log('error', 'sync.expire', { detail: describeError(error) }));
    this.request();
  }

  /** Asks for a sync now; during a run, one more follows it. */
  request(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#clearTimer();
    this.#running = this.#run().finally(() => {
      this.#running = null;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        void this.request();
      }
    });
    return this.#running;
  }

  async #run(): Promise<void> {
    if (!this.#profile.tokens.signedIn) {
      this.#update({ running: false, progress: null, problem: { code: 'signInRequired', at: new Date().toISOString() } });
      return;
    }
    this.#update({ running: true, progress: { items: 0, bytes: 0 } });
    const signal = this.#abort.signal;
    try {
      const started = Date.now();
      const result = await this.#engine.run(signal);
      const skewMs = Date.parse(result.serverTime) - (started + Date.now()) / 2;
      this.#o.onIdentity(result.me);
      this.#failures = 0;
      this.#update({
        lastSyncedAt: new Date().toISOString(),
        problem: null,
        clockSkewSeconds: Math.abs(skewMs) > SKEW_REPORT_MS ? Math.round(skewMs / 1000) : null,
      });
      await prefetchDocuments(
        { db: this.#profile.syncDb, files: this.#profile.files, client: this.#profile.client },
        {
          budgetBytes: this.#o.prefetchBudgetBytes,
          signal,
          onBytes: (n) => {
            const progress = this.#status.progress ?? { items: 0, bytes: 0 };
            this.#update({ progress: { ...progress, bytes: progress.bytes + n } });
          },
        },
      ).catch((error: unknown) => {
        // Prefetch is a convenience: its failure never fails the sync.
        if (!signal.aborted) log('warn', 'sync.prefetch', { detail: describeError(error) });
      });
      this.#schedule(this.#o.intervalMs);
    } catch (error) {
      if (signal.aborted) return;
      this.#failures++;
      const code = problemOf(error);
      if (code === 'offline') this.#o.onReachability(false);
      if (code === 'storage' || code === 'badData') log('error', 'sync.failed', { code, detail: describeError(error) });
      this.#update({ problem: { code, at: new Date().toISOString() } });
      if (code !== 'signInRequired' && code !== 'resyncFailed') {
        const backoff = Math.min(this.#o.intervalMs, RETRY_MIN_MS * 2 ** Math.min(this.#failures - 1, 5));
        const floor = error instanceof AgencyError ? (error.retryAfterMs ?? 0) : 0;
        // Full jitter: many laptops coming back online at once do not all knock at the same second.
        this.#schedule(Math.max(floor, Math.random() * backoff));
      }
    } finally {
      this.#update({ running: false, progress: null });
    }
  }

  #schedule(ms: number): void {
    this.#clearTimer();
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.request(), ms);
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Stops and waits for a run under way to let go of the database. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clearTimer();
    this.#abort.abort();
    await this.#running?.catch(() => undefined);
  }
}
