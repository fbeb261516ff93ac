import type { TokenResponse } from '../../src/shared/agency/identity.ts';
import { authorizeUrl, createPkce, exchangeCode } from '../../src/main/agency/oauth.ts';

/**
 * Signs in as a test identity the way a person would, without a browser: the authorize page's
 * form is posted with the identity's button, and the code from the redirect is exchanged.
 */
export async function signInAs(agencyUrl: string, identity: string): Promise<TokenResponse> {
  const pkce = createPkce();
  const redirectUri = 'http://127.0.0.1:1/callback';
  const page = new URL(authorizeUrl(agencyUrl, { redirectUri, challenge: pkce.challenge, state: 'test' }));
  const form = new URLSearchParams(page.searchParams);
  form.set('identity', identity);
  const response = await fetch(new URL('/oauth/authorize', agencyUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  const code = location ? new URL(location).searchParams.get('code') : null;
  if (!code) throw new Error(`sign-in as ${identity} did not redirect with a code (${response.status})`);
  return exchangeCode(agencyUrl, { code, verifier: pkce.verifier, redirectUri });
}
