import { deletePassword, getPassword, setPassword } from '@napi-rs/keyring/keytar.js';
import { ContractFailure } from '../../shared/contract/result.ts';

/** The OS keychain as the app uses it: one service, accounts named by purpose. */
export interface Keychain {
  get(account: string): Promise<string | null>;
  set(account: string, value: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export const KEYCHAIN_SERVICE = 'Biträde Desktop';

function unavailable(error: unknown): never {
  throw new ContractFailure({
    code: 'KEYCHAIN_UNAVAILABLE',
    message: `The OS keychain could not be used (${error instanceof Error ? error.name : 'error'})`,
  });
}

/** The keytar API of @napi-rs/keyring: macOS Keychain, Windows Credential Manager, Secret Service on Linux. */
export function osKeychain(service: string = KEYCHAIN_SERVICE): Keychain {
  return {
    get: (account) => getPassword(service, account).catch(unavailable),
    set: (account, value) => setPassword(service, account, value).catch(unavailable),
    delete: (account) => deletePassword(service, account).catch(unavailable),
  };
}
