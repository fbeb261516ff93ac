/**
 * OAuth 2.0 authorization code with PKCE (S256 only) for a public desktop client with a loopback
 * redirect (RFC 8252 §7.3: http://127.0.0.1 or [::1], any port). Errors before the redirect URI
 * is trusted are shown as a page; after that they go back to the client as `error=…`.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  AUTHORIZATION_CODE_TTL_SECONDS,
  OAUTH_CLIENT_ID,
  authorizeQuerySchema,
  tokenRequestSchema,
  type AuthorizeQuery,
} from '../../shared/agency/identity.ts';
import type { OAuthError } from '../../shared/agency/errors.ts';
import { jsonReply, type Reply } from '../http/reply.ts';
import type { RequestContext } from '../http/types.ts';
import { authorizePage, errorPage } from './authorize-page.ts';
import { TEST_IDENTITIES } from './identities.ts';
import { issueTokens, refreshTokens, revokeToken, sha256Hex } from './tokens.ts';

type RawCtx = RequestContext<Record<string, string>, URLSearchParams>;

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function isLoopbackRedirect(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === '[::1]') && url.hash === '' && url.username === '';
}

function htmlReply(status: number, html: string): Reply {
  return {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // Browsers apply form-action to the redirect after the form, too: the app's loopback listener
      // (any port, RFC 8252) must be allowed or the sign-in never returns to the app.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:* http://[::1]:*",
      ...NO_STORE,
    },
    body: html,
  };
}

function redirect(to: string, params: Record<string, string | undefined>): Reply {
  const url = new URL(to);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return { status: 302, headers: { Location: url.toString(), ...NO_STORE } };
}

type Checked = { ok: true; query: AuthorizeQuery } | { ok: false; reply: Reply };

/** Validates an authorization request in the order RFC 6749 §4.1.2.1 prescribes. */
function checkAuthorizeRequest(input: Record<string, string>): Checked {
  if (input.client_id !== OAUTH_CLIENT_ID) {
    return { ok: false, reply: htmlReply(400, errorPage({ sv: 'Okänd klient.', en: 'Unknown client.' })) };
  }
  const redirectUri = input.redirect_uri ?? '';
  if (!isLoopbackRedirect(redirectUri)) {
    return {
      ok: false,
      reply: htmlReply(400, errorPage({ sv: 'Ogiltig återadress (redirect_uri).', en: 'Invalid redirect_uri: it must be http://127.0.0.1:<port>/<path>.' })),
    };
  }
  if (input.response_type !== 'code') {
    return { ok: false, reply: redirect(redirectUri, { error: 'unsupported_response_type', state: input.state }) };
  }
  const parsed = authorizeQuerySchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      reply: redirect(redirectUri, {
        error: 'invalid_request',
        error_description: 'PKCE is required: code_challenge (43 characters, base64url) with code_challenge_method=S256',
        state: input.state,
      }),
    };
  }
  return { ok: true, query: parsed.data };
}

export function authorizePageHandler(ctx: RawCtx): Reply {
  const checked = checkAuthorizeRequest(Object.fromEntries(ctx.query));
  if (!checked.ok) return checked.reply;
  const q = checked.query;
  const hidden: Record<string, string> = {
    response_type: q.response_type,
    client_id: q.client_id,
    redirect_uri: q.redirect_uri,
    code_challenge: q.code_challenge,
    code_challenge_method: q.code_challenge_method,
  };
  if (q.state !== undefined) hidden.state = q.state;
  if (q.scope !== undefined) hidden.scope = q.scope;
  return htmlReply(200, authorizePage(TEST_IDENTITIES, hidden));
}

export function authorizeSubmitHandler(ctx: RawCtx): Reply {
  const form = ctx.body;
  const checked = checkAuthorizeRequest(form);
  if (!checked.ok) return checked.reply;
  const q = checked.query;
  if (form.cancel !== undefined) return redirect(q.redirect_uri, { error: 'access_denied', state: q.state });
  const identity = TEST_IDENTITIES.find((p) => p.id === form.identity);
  if (!identity) return htmlReply(400, errorPage({ sv: 'Välj en identitet.', en: 'Pick an identity.' }));
  const code = randomBytes(32).toString('base64url');
  ctx.agency.db
    .prepare('INSERT INTO auth_codes (code_hash, person_id, redirect_uri, challenge, scope, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(sha256Hex(code), identity.id, q.redirect_uri, q.code_challenge, q.scope ?? null, ctx.agency.clock.nowMs() + AUTHORIZATION_CODE_TTL_SECONDS * 1000);
  return redirect(q.redirect_uri, { code, state: q.state });
}

function oauthError(status: number, error: OAuthError['error'], description: string): Reply {
  return jsonReply(status, { error, error_description: description } satisfies OAuthError, NO_STORE);
}

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function tokenHandler(ctx: RawCtx): Reply {
  const form = ctx.body;
  if (form.grant_type !== 'authorization_code' && form.grant_type !== 'refresh_token') {
    return oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  }
  const parsed = tokenRequestSchema.safeParse(form);
  if (!parsed.success) return oauthError(400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const request = parsed.data;
  if (request.client_id !== OAUTH_CLIENT_ID) return oauthError(401, 'invalid_client', 'Unknown client_id');
  const agency = ctx.agency;

  if (request.grant_type === 'refresh_token') {
    const result = refreshTokens(agency, request.refresh_token);
    if (!result.ok) return oauthError(400, 'invalid_grant', `Refresh token ${result.reason}`);
    return jsonReply(200, result.tokens, NO_STORE);
  }

  const row = agency.db
    .prepare('SELECT person_id, redirect_uri, challenge, expires_at, used FROM auth_codes WHERE code_hash = ?')
    .get(sha256Hex(request.code)) as { person_id: string; redirect_uri: string; challenge: string; expires_at: number; used: number } | undefined;
  if (!row || row.used) return oauthError(400, 'invalid_grant', 'Unknown or used authorization code');
  agency.db.prepare('UPDATE auth_codes SET used = 1 WHERE code_hash = ?').run(sha256Hex(request.code));
  if (row.expires_at <= agency.clock.nowMs()) return oauthError(400, 'invalid_grant', 'Authorization code expired');
  if (row.redirect_uri !== request.redirect_uri) return oauthError(400, 'invalid_grant', 'redirect_uri does not match the authorization request');
  if (pkceChallenge(request.code_verifier) !== row.challenge) return oauthError(400, 'invalid_grant', 'PKCE verification failed');
  return jsonReply(200, issueTokens(agency, row.person_id), NO_STORE);
}

export function revokeHandler(ctx: RawCtx): Reply {
  const token = ctx.body.token;
  if (!token) return oauthError(400, 'invalid_request', 'token is required');
  revokeToken(ctx.agency, token);
  return { status: 200, headers: NO_STORE };
}
