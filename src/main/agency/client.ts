import type { z } from 'zod';
import { HEADERS } from '../../shared/agency/paths.ts';
import { AgencyError } from './errors.ts';
import { agencyRequest, readJson, type HttpOptions } from './http.ts';
import type { TokenManager } from './token-manager.ts';

export interface AgencyClientOptions {
  agencyUrl: string;
  tokens: TokenManager;
  /** Called with every outcome, so the connection state follows real traffic. */
  onReachability?(reached: boolean): void;
}

/** Authenticated requests to the agency API; a refused access token is refreshed once. */
export class AgencyClient {
  readonly #options: AgencyClientOptions;

  constructor(options: AgencyClientOptions) {
    this.#options = options;
  }

  get agencyUrl(): string {
    return this.#options.agencyUrl;
  }

  async request(path: string, options: HttpOptions & { idempotencyKey?: string } = {}): Promise<Response> {
    const url = new URL(path, this.#options.agencyUrl).toString();
    let token = await this.#options.tokens.accessToken();
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { Accept: 'application/json', ...options.headers, Authorization: `Bearer ${token}` };
      if (options.idempotencyKey) headers[HEADERS.idempotencyKey] = options.idempotencyKey;
      try {
        const response = await agencyRequest(url, { ...options, headers });
        this.#options.onReachability?.(true);
        return response;
      } catch (error) {
        if (error instanceof AgencyError) this.#options.onReachability?.(error.kind !== 'network');
        // A one-shot body (a stream) cannot be sent twice; the caller retries from its own state.
        const replayable = options.body === undefined || typeof options.body === 'string' || options.body instanceof Uint8Array;
        if (error instanceof AgencyError && error.kind === 'auth' && attempt === 0 && replayable) {
          token = await this.#options.tokens.accessToken(token);
          continue;
        }
        throw error;
      }
    }
  }

  async getJson<S extends z.ZodType>(path: string, schema: S, options: HttpOptions = {}): Promise<z.output<S>> {
    return readJson(await this.request(path, options), schema);
  }

  async sendJson<S extends z.ZodType>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    schema: S,
    options: { idempotencyKey?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<z.output<S>> {
    const response = await this.request(path, {
      ...options,
      method,
      headers: { 'Content-Type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
    });
    return readJson(response, schema);
  }
}
