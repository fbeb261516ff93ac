import { powerMonitor, shell } from 'electron';
import type { MethodOutput } from '../../shared/contract/contract.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import type { CoreClient } from '../core/client.ts';
import type { Handlers } from '../rpc/handlers.ts';
import { log } from '../util/log.ts';

/** What only the Electron host can do: hand the sign-in page to the system browser (RFC 8252). */
export function electronHostHandlers(core: CoreClient): Partial<Handlers> {
  return {
    beginSignIn: async () => {
      const result = await core.call('beginSignIn', undefined);
      if (!result.ok) throw new ContractFailure(result.error);
      const { authorizeUrl } = result.value as MethodOutput<'beginSignIn'>;
      await shell.openExternal(authorizeUrl);
      return { authorizeUrl, openedExternally: true };
    },
  };
}

/** The profile locks with the computer: screen lock, sleep, or the user switching away. */
export function lockWithTheComputer(core: CoreClient): void {
  const lock = (why: string) => {
    log('info', 'profile.lock-with-os', { why });
    void core.call('lock', undefined);
  };
  powerMonitor.on('lock-screen', () => lock('lock-screen'));
  powerMonitor.on('suspend', () => lock('suspend'));
  powerMonitor.on('user-did-resign-active', () => lock('user-switch'));
}
