import { randomBytes } from 'node:crypto';
import { ContractFailure } from '../../shared/contract/result.ts';
import { open, seal } from '../crypto/aead.ts';
import { deriveKey, newKdfParams, subkey, type KdfParams } from '../crypto/kdf.ts';
import type { Keychain } from '../keychain/keychain.ts';

/**
 * A profile's database and files are encrypted with a random 256-bit key. That key is kept in
 * the OS keychain only wrapped by a key stretched from the person's own secret: someone else on
 * the same OS account reaches the keychain entry but cannot unwrap it, and a copy of the disk
 * holds neither.
 */
const keyAccount = (profileId: string) => `profile:${profileId}:key`;
const tokenAccount = (profileId: string) => `profile:${profileId}:tokens`;

export async function createProfileKey(
  keychain: Keychain,
  profileId: string,
  secret: string,
  cost?: { N: number; r: number; p: number },
): Promise<{ key: Buffer; kdf: KdfParams }> {
  const kdf = newKdfParams(cost);
  const key = randomBytes(32);
  const kek = await deriveKey(secret, kdf);
  try {
    await keychain.set(keyAccount(profileId), seal(kek, key, keyAccount(profileId)).toString('base64'));
  } finally {
    kek.fill(0);
  }
  return { key, kdf };
}

export async function unwrapProfileKey(keychain: Keychain, profileId: string, kdf: KdfParams, secret: string): Promise<Buffer> {
  const wrapped = await keychain.get(keyAccount(profileId));
  if (!wrapped) {
    throw new ContractFailure({ code: 'PROFILE_UNREADABLE', message: 'The profile key is missing from the OS keychain' });
  }
  const kek = await deriveKey(secret, kdf);
  try {
    return open(kek, Buffer.from(wrapped, 'base64'), keyAccount(profileId));
  } catch {
    throw new ContractFailure({ code: 'WRONG_SECRET', message: 'The secret does not open this profile' });
  } finally {
    kek.fill(0);
  }
}

/** The refresh token, in the keychain, encrypted with the profile key: usable only by an unlocked profile. */
export async function saveRefreshToken(keychain: Keychain, profileId: string, profileKey: Buffer, token: string): Promise<void> {
  const sealed = seal(subkey(profileKey, 'tokens'), Buffer.from(token, 'utf8'), tokenAccount(profileId));
  await keychain.set(tokenAccount(profileId), sealed.toString('base64'));
}

export async function loadRefreshToken(keychain: Keychain, profileId: string, profileKey: Buffer): Promise<string | null> {
  const stored = await keychain.get(tokenAccount(profileId));
  if (!stored) return null;
  try {
    return open(subkey(profileKey, 'tokens'), Buffer.from(stored, 'base64'), tokenAccount(profileId)).toString('utf8');
  } catch {
    return null;
  }
}

export async function deleteRefreshToken(keychain: Keychain, profileId: string): Promise<void> {
  await keychain.delete(tokenAccount(profileId));
}

export async function deleteProfileSecrets(keychain: Keychain, profileId: string): Promise<void> {
  await keychain.delete(keyAccount(profileId));
  await keychain.delete(tokenAccount(profileId));
}
