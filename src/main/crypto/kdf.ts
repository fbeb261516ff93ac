import { hkdfSync, randomBytes, scrypt } from 'node:crypto';

/**
 * Parameters of the memory-hard stretching of a person's local secret. scrypt rather than
 * Argon2: Electron's BoringSSL has no Argon2, and the same code must run in both hosts.
 * N = 2^17, r = 8 costs 128 MiB and about half a second per unlock: cheap for the person,
 * expensive for someone guessing offline.
 */
export interface KdfParams {
  algorithm: 'scrypt';
  salt: string;
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

export function newKdfParams(cost: { N: number; r: number; p: number } = DEFAULT_SCRYPT): KdfParams {
  return { algorithm: 'scrypt', salt: randomBytes(16).toString('base64'), ...cost };
}

/** Runs on libuv's thread pool: the event loop keeps serving while the key is derived. */
export function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  const { N, r, p } = params;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 16 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A key for one purpose, derived from the profile key, so no two uses share a key. */
export function subkey(profileKey: Buffer, purpose: 'files' | 'file-names' | 'tokens'): Buffer {
  return Buffer.from(hkdfSync('sha256', profileKey, Buffer.alloc(0), `bitrade:${purpose}`, 32));
}
