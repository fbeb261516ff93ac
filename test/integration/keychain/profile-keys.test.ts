import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ContractFailure } from '../../../src/shared/contract/result.ts';
import { osKeychain } from '../../../src/main/keychain/keychain.ts';
import {
  createProfileKey,
  deleteProfileSecrets,
  loadRefreshToken,
  saveRefreshToken,
  unwrapProfileKey,
} from '../../../src/main/profiles/profile-key.ts';

// A real Secret Service (gnome-keyring in a private D-Bus session, started by scripts/with-keyring.ts).
const keychain = osKeychain(`Biträde Desktop test ${randomUUID()}`);
const cheap = { N: 2 ** 12, r: 8, p: 1 };
const created: string[] = [];

afterAll(async () => {
  for (const id of created) await deleteProfileSecrets(keychain, id);
});

async function newProfile(secret: string) {
  const id = randomUUID();
  created.push(id);
  return { id, ...(await createProfileKey(keychain, id, secret, cheap)) };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof ContractFailure ? error.error.code : String(error);
  }
}

describe('profile keys in the OS keychain', () => {
  it('unwrap with the person’s own secret', async () => {
    const anna = await newProfile('annas hemliga lösen');
    const key = await unwrapProfileKey(keychain, anna.id, anna.kdf, 'annas hemliga lösen');
    expect(key.equals(anna.key)).toBe(true);
  });

  it('are stored only wrapped: the keychain entry does not contain the key', async () => {
    const anna = await newProfile('annas hemliga lösen');
    const stored = await keychain.get(`profile:${anna.id}:key`);
    expect(stored).not.toBeNull();
    expect(Buffer.from(stored!, 'base64').includes(anna.key)).toBe(false);
  });

  it('do not open with person B’s secret on the same OS account', async () => {
    const anna = await newProfile('annas hemliga lösen');
    await newProfile('berits eget lösenord');
    expect(await codeOf(unwrapProfileKey(keychain, anna.id, anna.kdf, 'berits eget lösenord'))).toBe('WRONG_SECRET');
  });

  it('say the profile is unreadable when the keychain entry is gone', async () => {
    const anna = await newProfile('annas hemliga lösen');
    await deleteProfileSecrets(keychain, anna.id);
    expect(await codeOf(unwrapProfileKey(keychain, anna.id, anna.kdf, 'annas hemliga lösen'))).toBe('PROFILE_UNREADABLE');
  });
});

describe('the refresh token', () => {
  it('is kept in the keychain, encrypted with the profile key', async () => {
    const anna = await newProfile('annas hemliga lösen');
    await saveRefreshToken(keychain, anna.id, anna.key, 'rt-secret-value');
    const raw = await keychain.get(`profile:${anna.id}:tokens`);
    expect(raw).not.toContain('rt-secret-value');
    expect(Buffer.from(raw!, 'base64').toString('latin1')).not.toContain('rt-secret-value');
    expect(await loadRefreshToken(keychain, anna.id, anna.key)).toBe('rt-secret-value');
  });

  it('cannot be read with another profile’s key', async () => {
    const anna = await newProfile('annas hemliga lösen');
    const berit = await newProfile('berits eget lösenord');
    await saveRefreshToken(keychain, anna.id, anna.key, 'rt-anna');
    expect(await loadRefreshToken(keychain, anna.id, berit.key)).toBeNull();
  });
});
