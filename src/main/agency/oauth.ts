import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAUTH_CLIENT_ID, OAUTH_SCOPE, tokenResponseSchema, type TokenResponse } from '../../shared/agency/identity.ts';
import { pathTo } from '../../shared/agency/paths.ts';
import { AgencyError } from './errors.ts';
import { agencyRequest, readJson } from './http.ts';

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function createPkce(): Pkce {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeUrl(agencyUrl: string, params: { redirectUri: string; challenge: string; state: string }): string {
  const url = new URL(pathTo('authorize'), agencyUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: OAUTH_CLIENT_ID,
    redirect_uri: params.redirectUri,
    code_challenge: params.challenge,
    code_challenge_method: 'S256',
    state: params.state,
    scope: OAUTH_SCOPE,
  }).toString();
  return url.toString();
}

export interface LoopbackRedirect {
  redirectUri: string;
  /** Resolves with the code when the browser comes back with the expected state. */
  code: Promise<string>;
  close(): void;
}

const page = (sv: string, en: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Biträde Desktop</title></head>` +
  `<body style="font-family: system-ui, sans-serif; margin: 3rem; max-width: 40rem"><h1>${sv}</h1><p lang="en">${en}</p></body></html>`;

/**
 * The redirect target of RFC 8252: a one-shot HTTP listener on 127.0.0.1 and a free port. It
 * accepts exactly one answer carrying our state, shows the person a page telling them to go
 * back to the app, and closes. Anything else gets 400 and is ignored.
 */
export async function startLoopbackRedirect(state: string, timeoutMs = 10 * 60_000): Promise<LoopbackRedirect> {
  let settle!: { resolve: (code: string) => void; reject: (error: Error) => void };
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  code.catch(() => undefined);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" };
    if (url.pathname !== '/callback' || url.searchParams.get('state') !== state) {
      res.writeHead(400, headers).end(page('Okänd inloggning', 'Unknown sign-in.'));
      return;
    }
    const error = url.searchParams.get('error');
    const received = url.searchParams.get('code');
    if (error || !received) {
      res.writeHead(200, headers).end(page('Inloggningen avbröts', 'Sign-in was cancelled. You can close this tab.'));
      settle.reject(new AgencyError('permanent', `Sign-in was not completed (${error ?? 'no code'})`));
    } else {
      res.writeHead(200, headers).end(
        page('Inloggningen är klar. Du kan stänga fliken och gå tillbaka till Biträde Desktop.', 'Signed in. You can close this tab and return to Biträde Desktop.'),
      );
      settle.resolve(received);
    }
    setImmediate(() => close());
  });
  const timer = setTimeout(() => {
    settle.reject(new AgencyError('permanent', 'Sign-in timed out'));
    close();
  }, timeoutMs);
  timer.unref();
  function close() {
    clearTimeout(timer);
    server.close();
    server.closeAllConnections();
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    code,
    close: () => {
      settle.reject(new AgencyError('permanent', 'Sign-in was cancelled'));
      close();
    },
  };
}

async function tokenRequest(agencyUrl: string, form: Record<string, string>): Promise<TokenResponse> {
  try {
    const response = await agencyRequest(new URL(pathTo('token'), agencyUrl).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ ...form, client_id: OAUTH_CLIENT_ID }),
    });
    return await readJson(response, tokenResponseSchema);
  } catch (error) {
    // invalid_grant and friends come as 400: for the token endpoint that means the sign-in is over.
    if (error instanceof AgencyError && error.status === 400) throw new AgencyError('auth', 'The agency refused the sign-in grant', { status: 400 });
    throw error;
  }
}

export function exchangeCode(agencyUrl: string, params: { code: string; verifier: string; redirectUri: string }): Promise<TokenResponse> {
  return tokenRequest(agencyUrl, {
    grant_type: 'authorization_code',
    code: params.code,
    code_verifier: params.verifier,
    redirect_uri: params.redirectUri,
  });
}

export function refreshTokens(agencyUrl: string, refreshToken: string): Promise<TokenResponse> {
  return tokenRequest(agencyUrl, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** Best effort: signing out works offline too; the refresh token is deleted locally either way. */
export async function revokeToken(agencyUrl: string, token: string): Promise<void> {
  try {
    await agencyRequest(new URL(pathTo('revoke'), agencyUrl).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, client_id: OAUTH_CLIENT_ID }),
      timeoutMs: 5000,
    });
  } catch {
    // Offline or already revoked: nothing more to do.
  }
}
