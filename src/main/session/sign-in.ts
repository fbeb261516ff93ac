import { randomBytes } from 'node:crypto';
import type { TokenResponse, Me } from '../../shared/agency/identity.ts';
import { meSchema } from '../../shared/agency/identity.ts';
import { pathTo } from '../../shared/agency/paths.ts';
import { AgencyError } from '../agency/errors.ts';
import { agencyRequest, readJson } from '../agency/http.ts';
import { authorizeUrl, createPkce, exchangeCode, startLoopbackRedirect, type LoopbackRedirect } from '../agency/oauth.ts';

export interface SignedIn {
  tokens: TokenResponse;
  me: Me;
}

/**
 * One sign-in in the system browser: PKCE, a loopback redirect, the code exchanged for tokens,
 * and `me` asked at once so the app knows whose profile the tokens belong to.
 */
export class SignInFlow {
  readonly authorizeUrl: string;
  readonly done: Promise<SignedIn>;
  readonly #redirect: LoopbackRedirect;

  private constructor(agencyUrl: string, redirect: LoopbackRedirect, url: string, verifier: string) {
    this.#redirect = redirect;
    this.authorizeUrl = url;
    this.done = redirect.code.then(async (code) => {
      const tokens = await exchangeCode(agencyUrl, { code, verifier, redirectUri: redirect.redirectUri });
      const response = await agencyRequest(new URL(pathTo('me'), agencyUrl).toString(), {
        headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: 'application/json' },
      });
      return { tokens, me: await readJson(response, meSchema) };
    });
    this.done.catch(() => undefined);
  }

  static async start(agencyUrl: string): Promise<SignInFlow> {
    const pkce = createPkce();
    const state = randomBytes(24).toString('base64url');
    const redirect = await startLoopbackRedirect(state);
    const url = authorizeUrl(agencyUrl, { redirectUri: redirect.redirectUri, challenge: pkce.challenge, state });
    return new SignInFlow(agencyUrl, redirect, url, pkce.verifier);
  }

  cancel(): void {
    this.#redirect.close();
  }
}

export function signInFailure(error: unknown): { code: string; message: { sv: string; en: string } } {
  if (error instanceof AgencyError && error.kind === 'network') {
    return {
      code: 'AGENCY_UNAVAILABLE',
      message: { sv: 'Migrationsverket kunde inte nås. Försök igen när du är ansluten.', en: 'The Migration Agency could not be reached. Try again when you are online.' },
    };
  }
  return {
    code: 'SIGN_IN_FAILED',
    message: { sv: 'Inloggningen slutfördes inte. Försök igen.', en: 'Sign-in was not completed. Try again.' },
  };
}
