/**
 * Tokens: opaque random strings, stored only as SHA-256. Access tokens live ten minutes of agency
 * clock. Refresh tokens belong to a family (one sign-in), rotate on every use and live 30 days;
 * presenting a rotated one again means it leaked, so the whole family is revoked (RFC 9700 §4.14).
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  OAUTH_SCOPE,
  REFRESH_TOKEN_TTL_DAYS,
  type TokenResponse,
} from '../../shared/agency/identity.ts';
import type { Agency } from '../context.ts';

const DAY_MS = 86_400_000;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function token(): string {
  return randomBytes(32).toString('base64url');
}

function issueInFamily(agency: Agency, familyId: string, personId: string): TokenResponse {
  const now = agency.clock.nowMs();
  const access = token();
  const refresh = token();
  agency.db
    .prepare('INSERT INTO access_tokens (token_hash, family_id, person_id, expires_at) VALUES (?, ?, ?, ?)')
    .run(sha256Hex(access), familyId, personId, now + ACCESS_TOKEN_TTL_SECONDS * 1000);
  agency.db
    .prepare('INSERT INTO refresh_tokens (token_hash, family_id, expires_at) VALUES (?, ?, ?)')
    .run(sha256Hex(refresh), familyId, now + REFRESH_TOKEN_TTL_DAYS * DAY_MS);
  return { access_token: access, token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL_SECONDS, refresh_token: refresh, scope: OAUTH_SCOPE };
}

/** Tokens for a new sign-in. */
export function issueTokens(agency: Agency, personId: string): TokenResponse {
  return agency.db.transaction(() => {
    const familyId = `fam_${randomBytes(8).toString('hex')}`;
    agency.db.prepare('INSERT INTO token_families (id, person_id) VALUES (?, ?)').run(familyId, personId);
    return issueInFamily(agency, familyId, personId);
  })();
}

function revokeFamily(agency: Agency, familyId: string): void {
  agency.db.prepare('UPDATE token_families SET revoked = 1 WHERE id = ?').run(familyId);
  agency.db.prepare('DELETE FROM access_tokens WHERE family_id = ?').run(familyId);
}

export type RefreshResult = { ok: true; tokens: TokenResponse } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused' };

export function refreshTokens(agency: Agency, refreshToken: string): RefreshResult {
  return agency.db.transaction((): RefreshResult => {
    const row = agency.db
      .prepare(
        `SELECT r.token_hash, r.family_id, r.expires_at, r.used, f.person_id, f.revoked
         FROM refresh_tokens r JOIN token_families f ON f.id = r.family_id WHERE r.token_hash = ?`,
      )
      .get(sha256Hex(refreshToken)) as
      | { token_hash: string; family_id: string; expires_at: number; used: number; person_id: string; revoked: number }
      | undefined;
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.revoked) return { ok: false, reason: 'revoked' };
    if (row.used) {
      revokeFamily(agency, row.family_id);
      return { ok: false, reason: 'reused' };
    }
    if (row.expires_at <= agency.clock.nowMs()) return { ok: false, reason: 'expired' };
    agency.db.prepare('UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?').run(row.token_hash);
    return { ok: true, tokens: issueInFamily(agency, row.family_id, row.person_id) };
  })();
}

/** The person an access token belongs to, or null when it is unknown, expired or revoked. */
export function authenticate(agency: Agency, accessToken: string): string | null {
  const row = agency.db
    .prepare(
      `SELECT a.person_id, a.expires_at, f.revoked FROM access_tokens a JOIN token_families f ON f.id = a.family_id
       WHERE a.token_hash = ?`,
    )
    .get(sha256Hex(accessToken)) as { person_id: string; expires_at: number; revoked: number } | undefined;
  if (!row || row.revoked || row.expires_at <= agency.clock.nowMs()) return null;
  return row.person_id;
}

/** RFC 7009: a refresh token revokes its family; an access token just itself. Unknown tokens are fine. */
export function revokeToken(agency: Agency, anyToken: string): void {
  const hash = sha256Hex(anyToken);
  const refresh = agency.db.prepare('SELECT family_id FROM refresh_tokens WHERE token_hash = ?').get(hash) as { family_id: string } | undefined;
  if (refresh) {
    revokeFamily(agency, refresh.family_id);
    return;
  }
  agency.db.prepare('DELETE FROM access_tokens WHERE token_hash = ?').run(hash);
}
