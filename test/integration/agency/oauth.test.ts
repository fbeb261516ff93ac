import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, TokenResponse } from '../../../src/shared/agency/index.ts';
import { startTestAgency, type TestAgency } from './helpers.ts';

let agency: TestAgency;
beforeAll(async () => {
  agency = await startTestAgency();
});
afterAll(() => agency.close());

const REDIRECT = 'http://127.0.0.1:53682/callback';
const verifierOf = () => randomBytes(32).toString('base64url');
const challengeOf = (v: string) => createHash('sha256').update(v).digest('base64url');

function authorizeParams(challenge: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    response_type: 'code',
    client_id: 'bitrade-desktop',
    redirect_uri: REDIRECT,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'st-123',
    ...extra,
  });
}

/** What the system browser does: open the page, press an identity's button, follow nothing. */
async function signIn(identity: string, verifier = verifierOf()): Promise<{ code: string; verifier: string; location: URL }> {
  const params = authorizeParams(challengeOf(verifier));
  const page = await fetch(`${agency.url}/oauth/authorize?${params}`);
  expect(page.status).toBe(200);
  const form = new URLSearchParams(params);
  form.set('identity', identity);
  const r = await fetch(`${agency.url}/oauth/authorize`, { method: 'POST', body: form, redirect: 'manual' });
  expect(r.status).toBe(302);
  const location = new URL(r.headers.get('location')!);
  return { code: location.searchParams.get('code')!, verifier, location };
}

async function token(form: Record<string, string>): Promise<{ status: number; body: TokenResponse & { error?: string } }> {
  const r = await fetch(`${agency.url}/oauth/token`, { method: 'POST', body: new URLSearchParams({ client_id: 'bitrade-desktop', ...form }) });
  return { status: r.status, body: (await r.json()) as TokenResponse & { error?: string } };
}

async function me(accessToken: string): Promise<{ status: number; body: Me }> {
  const r = await fetch(`${agency.url}/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  return { status: r.status, body: (await r.json()) as Me };
}

async function exchange(identity: string): Promise<TokenResponse> {
  const { code, verifier } = await signIn(identity);
  const t = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
  expect(t.status).toBe(200);
  return t.body;
}

describe('authorization code with PKCE and a loopback redirect', () => {
  it('shows an accessible Swedish page listing the test identities as buttons in a form', async () => {
    const r = await fetch(`${agency.url}/oauth/authorize?${authorizeParams(challengeOf(verifierOf()))}`);
    const html = await r.text();
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('lang="en"');
    expect(html).toMatch(/<form method="post" action="\/oauth\/authorize"/);
    for (const id of ['anna', 'erik', 'johan', 'maria', 'sara', 'large']) expect(html).toContain(`name="identity" value="${id}"`);
  });

  it('redirects back with code and state, and the code buys tokens for the chosen person', async () => {
    const { code, verifier, location } = await signIn('maria');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('st-123');
    const t = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
    expect(t.status).toBe(200);
    expect(t.body).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
    expect((await me(t.body.access_token)).body.person.id).toBe('maria');
  });

  it('refuses a code exchanged with the wrong code_verifier (PKCE)', async () => {
    const { code } = await signIn('anna');
    const t = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifierOf() });
    expect(t.status).toBe(400);
    expect(t.body.error).toBe('invalid_grant');
  });

  it('refuses a second exchange of the same code', async () => {
    const { code, verifier } = await signIn('anna');
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier })).status).toBe(200);
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier })).body.error).toBe('invalid_grant');
  });

  it('accepts only S256: a plain challenge is sent back as invalid_request', async () => {
    const params = authorizeParams('x'.repeat(43), { code_challenge_method: 'plain' });
    const r = await fetch(`${agency.url}/oauth/authorize?${params}`, { redirect: 'manual' });
    expect(r.status).toBe(302);
    const location = new URL(r.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('st-123');
  });

  it('never redirects to a non-loopback redirect_uri', async () => {
    const params = authorizeParams(challengeOf(verifierOf()), { redirect_uri: 'https://evil.example/cb' });
    const r = await fetch(`${agency.url}/oauth/authorize?${params}`, { redirect: 'manual' });
    expect(r.status).toBe(400);
    expect(r.headers.get('location')).toBeNull();
  });

  it('sends access_denied back when the person cancels', async () => {
    const form = authorizeParams(challengeOf(verifierOf()));
    form.set('cancel', '1');
    const r = await fetch(`${agency.url}/oauth/authorize`, { method: 'POST', body: form, redirect: 'manual' });
    expect(new URL(r.headers.get('location')!).searchParams.get('error')).toBe('access_denied');
  });
});

describe('tokens', () => {
  it('rotates the refresh token on every use', async () => {
    const first = await exchange('anna');
    const second = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect((await me(second.body.access_token)).status).toBe(200);
  });

  it('revokes the whole family when a rotated refresh token is presented again', async () => {
    const first = await exchange('anna');
    const second = (await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).body;
    const reuse = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    // The legitimate holder's newer tokens die with the family.
    expect((await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token })).body.error).toBe('invalid_grant');
    expect((await me(second.access_token)).status).toBe(401);
  });

  it('expires access tokens after ten minutes of agency clock', async () => {
    const t = await exchange('erik');
    await agency.control.advance(0, { minutes: 9 });
    expect((await me(t.access_token)).status).toBe(200);
    await agency.control.advance(0, { minutes: 2 });
    const r = await me(t.access_token);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The refresh token still works.
    expect((await token({ grant_type: 'refresh_token', refresh_token: t.refresh_token })).status).toBe(200);
  });

  it('expires refresh tokens after 30 days of agency clock', async () => {
    const t = await exchange('erik');
    await agency.control.advance(31);
    expect((await token({ grant_type: 'refresh_token', refresh_token: t.refresh_token })).body.error).toBe('invalid_grant');
  });

  it('revokes a refresh token family on sign-out', async () => {
    const t = await exchange('sara');
    const r = await fetch(`${agency.url}/oauth/revoke`, { method: 'POST', body: new URLSearchParams({ token: t.refresh_token }) });
    expect(r.status).toBe(200);
    expect((await me(t.access_token)).status).toBe(401);
    expect((await token({ grant_type: 'refresh_token', refresh_token: t.refresh_token })).body.error).toBe('invalid_grant');
  });

  it('answers requests without a token with 401 UNAUTHENTICATED and WWW-Authenticate', async () => {
    const r = await fetch(`${agency.url}/v1/me`);
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain('Bearer');
  });
});
