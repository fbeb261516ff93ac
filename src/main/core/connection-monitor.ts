import type { Connection } from '../../shared/contract/schemas.ts';

export interface ConnectionState {
  connection: Connection;
  lastContactAt: string | null;
}

/**
 * Watches whether the agency answers. Offline is the normal state on the road, so a failed
 * check is a state, not an error; checks never overlap.
 */
export class ConnectionMonitor {
  #state: ConnectionState = { connection: 'checking', lastContactAt: null };
  #inFlight: Promise<ConnectionState> | null = null;
  #timer: NodeJS.Timeout | null = null;
  readonly #healthUrl: string;
  readonly #onChange: (state: ConnectionState, regained: boolean) => void;
  readonly #timeoutMs: number;

  constructor(agencyUrl: string, onChange: (state: ConnectionState, regained: boolean) => void, timeoutMs = 5000) {
    this.#healthUrl = new URL('/healthz', agencyUrl).toString();
    this.#onChange = onChange;
    this.#timeoutMs = timeoutMs;
  }

  get state(): ConnectionState {
    return { ...this.#state };
  }

  start(intervalSeconds: number): void {
    void this.check();
    this.#timer = setInterval(() => void this.check(), intervalSeconds * 1000);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Records the outcome of any request to the agency, so regular traffic keeps the state current. */
  report(reached: boolean): void {
    const next: ConnectionState = reached
      ? { connection: 'online', lastContactAt: new Date().toISOString() }
      : { connection: 'offline', lastContactAt: this.#state.lastContactAt };
    const changed = next.connection !== this.#state.connection;
    const regained = changed && this.#state.connection === 'offline' && reached;
    this.#state = next;
    if (changed || reached) this.#onChange(this.state, regained);
  }

  check(): Promise<ConnectionState> {
    this.#inFlight ??= this.#probe().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #probe(): Promise<ConnectionState> {
    let reached: boolean;
    try {
      const response = await fetch(this.#healthUrl, { signal: AbortSignal.timeout(this.#timeoutMs) });
      await response.body?.cancel();
      reached = response.ok;
    } catch {
      reached = false;
    }
    this.report(reached);
    return this.state;
  }
}
