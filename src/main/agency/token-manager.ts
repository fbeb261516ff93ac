import type { TokenResponse } from '../../shared/agency/identity.ts';
import { AgencyError } from './errors.ts';
import { refreshTokens, revokeToken } from './oauth.ts';

export interface TokenManagerOptions {
  agencyUrl: string;
  /** Persists the newest refresh token (rotating tokens: every refresh returns a new one). */
  saveRefreshToken(token: string): Promise<void>;
  /** The sign-in is over (refresh refused): the app keeps its data and asks for a new sign-in. */
  onSignInRequired(): void;
}

const EARLY_REFRESH_MS = 30_000;

/**
 * Holds the access token in memory only and refreshes it when needed. Refreshes are single
 * flight: the agency rotates refresh tokens and treats a reused one as theft, so two refreshes
 * in parallel would end the sign-in.
 */
export class TokenManager {
  #access: { token: string; expiresAt: number } | null = null;
  #refresh: string | null = null;
  #inFlight: Promise<string> | null = null;
  /** Bumped by clear(): a refresh that started before a sign-out or lock must not bring tokens back. */
  #generation = 0;
  readonly #options: TokenManagerOptions;

  constructor(options: TokenManagerOptions, refreshToken: string | null) {
    this.#options = options;
    this.#refresh = refreshToken;
  }

  get signedIn(): boolean {
    return this.#refresh !== null;
  }

  get refreshToken(): string | null {
    return this.#refresh;
  }

  async accept(tokens: TokenResponse): Promise<void> {
    this.#access = { token: tokens.access_token, expiresAt: Date.now() + tokens.expires_in * 1000 };
    this.#refresh = tokens.refresh_token;
    await this.#options.saveRefreshToken(tokens.refresh_token);
  }

  /** A valid access token; `stale` is the token the agency just refused, forcing a refresh. */
  async accessToken(stale?: string): Promise<string> {
    const access = this.#access;
    if (access && access.token !== stale && access.expiresAt - EARLY_REFRESH_MS > Date.now()) return access.token;
    this.#inFlight ??= this.#doRefresh().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #doRefresh(): Promise<string> {
    const refresh = this.#refresh;
    if (!refresh) throw new AgencyError('auth', 'Not signed in');
    const generation = this.#generation;
    try {
      const tokens = await refreshTokens(this.#options.agencyUrl, refresh);
      if (generation !== this.#generation) {
        // Signed out or locked meanwhile: the fresh tokens are not kept, and the agency forgets them.
        await revokeToken(this.#options.agencyUrl, tokens.refresh_token);
        throw new AgencyError('auth', 'Signed out while the sign-in was being renewed');
      }
      await this.accept(tokens);
      return tokens.access_token;
    } catch (error) {
      if (generation === this.#generation && error instanceof AgencyError && error.kind === 'auth') {
        this.#access = null;
        this.#refresh = null;
        this.#options.onSignInRequired();
      }
      throw error;
    }
  }

  clear(): void {
    this.#generation++;
    this.#access = null;
    this.#refresh = null;
  }

  /** Waits for a refresh under way to settle (sign-out waits, so nothing is saved after it). */
  async settled(): Promise<void> {
    await this.#inFlight?.catch(() => undefined);
  }
}
