/**
 * Identity: OAuth 2.0 authorization code with PKCE (S256) and a loopback redirect (RFC 8252),
 * and `me`, which says whom the signed-in person may act for.
 */
import { z } from 'zod';
import { idSchema, instantSchema } from './common.ts';

/** The desktop app is a public client: no secret, PKCE instead. */
export const OAUTH_CLIENT_ID = 'bitrade-desktop';
export const OAUTH_SCOPE = 'counsel';
/** Access tokens live ten minutes of agency clock; refresh tokens 30 days and rotate on use. */
export const ACCESS_TOKEN_TTL_SECONDS = 600;
export const REFRESH_TOKEN_TTL_DAYS = 30;
export const AUTHORIZATION_CODE_TTL_SECONDS = 300;

/** Query of GET /oauth/authorize. */
export const authorizeQuerySchema = z.object({
  response_type: z.literal('code'),
  client_id: z.string(),
  redirect_uri: z.string(),
  code_challenge: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  code_challenge_method: z.literal('S256'),
  state: z.string().max(500).optional(),
  scope: z.string().optional(),
});
export type AuthorizeQuery = z.infer<typeof authorizeQuerySchema>;

/** Form of POST /oauth/token (application/x-www-form-urlencoded). */
export const tokenRequestSchema = z.discriminatedUnion('grant_type', [
  z.object({
    grant_type: z.literal('authorization_code'),
    code: z.string(),
    redirect_uri: z.string(),
    client_id: z.string(),
    code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/),
  }),
  z.object({
    grant_type: z.literal('refresh_token'),
    refresh_token: z.string(),
    client_id: z.string(),
  }),
]);
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

export const tokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.int().positive(),
  refresh_token: z.string(),
  scope: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** Form of POST /oauth/revoke (RFC 7009): sign-out revokes the refresh token's whole family. */
export const revokeRequestSchema = z.object({
  token: z.string(),
  client_id: z.string().optional(),
  token_type_hint: z.string().optional(),
});

export const ROLES = ['counsel', 'assistant'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  personnummer: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const actsForSchema = z.object({
  counselId: idSchema,
  name: z.string(),
  /** 'self': the person is this counsel; 'assistant': by the counsel's delegation. */
  relation: z.enum(['self', 'assistant']),
});
export type ActsFor = z.infer<typeof actsForSchema>;

export const meSchema = z.object({
  person: personSchema,
  roles: z.array(roleSchema),
  actsFor: z.array(actsForSchema),
  serverTime: instantSchema,
});
export type Me = z.infer<typeof meSchema>;
