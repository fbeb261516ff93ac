import type { Api } from '../../shared/contract/contract.ts';
import { postToStaging, type StagingOutcome } from './staging.ts';

/** Files checked at the same time: enough to keep the host busy, not so many that one waits long. */
const PARALLEL = 2;

export interface StagingResult {
  key: string;
  outcome: StagingOutcome;
  /** The person removed the file meanwhile, or closed the dialog: nothing is to be added. */
  abandoned: boolean;
}

type Token = { ok: true; token: string } | { ok: false; outcome: StagingOutcome };

interface Job {
  key: string;
  file: File;
}

/**
 * Sends added files to the host two at a time, with the staging token asked for when the dialog
 * opens and asked again once if the host no longer accepts it. Plain code, not React state: it
 * outlives renders and is closed with the dialog.
 */
export class StagingRunner {
  readonly #api: Api;
  readonly #onResult: (result: StagingResult) => void;
  #token: Promise<Token>;
  readonly #waiting: Job[] = [];
  readonly #controllers = new Map<string, AbortController>();
  readonly #abandoned = new Set<string>();
  #running = 0;
  #closed = false;

  constructor(api: Api, onResult: (result: StagingResult) => void) {
    this.#api = api;
    this.#onResult = onResult;
    this.#token = this.#askToken();
  }

  #askToken(): Promise<Token> {
    return this.#api.stagingToken().then((result) => {
      if (result.ok) return { ok: true, token: result.value.token };
      return { ok: false, outcome: { kind: result.error.code === 'LOCKED' ? 'locked' : 'failed' } };
    });
  }

  add(key: string, file: File): void {
    if (this.#closed) return;
    this.#waiting.push({ key, file });
    this.#pump();
  }

  /** The person removed a file still being checked. */
  abandon(key: string): void {
    const index = this.#waiting.findIndex((job) => job.key === key);
    if (index >= 0) this.#waiting.splice(index, 1);
    this.#abandoned.add(key);
    this.#controllers.get(key)?.abort();
  }

  close(): void {
    this.#closed = true;
    this.#waiting.length = 0;
    for (const controller of this.#controllers.values()) controller.abort();
  }

  #pump(): void {
    while (!this.#closed && this.#running < PARALLEL && this.#waiting.length > 0) {
      const job = this.#waiting.shift()!;
      this.#running += 1;
      void this.#run(job).finally(() => {
        this.#running -= 1;
        this.#pump();
      });
    }
  }

  async #run(job: Job): Promise<void> {
    const controller = new AbortController();
    this.#controllers.set(job.key, controller);
    try {
      let outcome = await this.#once(job.file, controller.signal);
      if (outcome.kind === 'forbidden') {
        // The token died with a lock and unlock in between: one new token, one more try.
        this.#token = this.#askToken();
        outcome = await this.#once(job.file, controller.signal);
      }
      if (outcome.kind === 'forbidden') outcome = { kind: 'failed' };
      this.#onResult({ key: job.key, outcome, abandoned: this.#closed || this.#abandoned.has(job.key) });
    } catch {
      // Aborted: the person removed the file or closed the dialog; there is nothing to tell.
    } finally {
      this.#controllers.delete(job.key);
      this.#abandoned.delete(job.key);
    }
  }

  async #once(file: File, signal: AbortSignal): Promise<StagingOutcome> {
    const token = await this.#token;
    if (token.ok) return postToStaging(file, token.token, signal);
    // Not kept: the next file asks again (the host may have been busy for a moment).
    this.#token = this.#askToken();
    return token.outcome;
  }
}
