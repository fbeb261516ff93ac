import { BrowserWindow, dialog, powerMonitor, shell } from 'electron';
import type { MethodOutput } from '../../shared/contract/contract.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import type { CoreClient } from '../core/client.ts';
import type { Handlers } from '../rpc/handlers.ts';
import { log } from '../util/log.ts';

async function unwrap<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: ContractFailure['error'] }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ContractFailure(r.error);
  return r.value;
}

/**
 * What only the Electron host can do: hand the sign-in page to the system browser (RFC 8252),
 * and ask where to save with the OS's own dialogs. The renderer never names a path: the core
 * writes only where the person pointed in a dialog.
 */
export function electronHostHandlers(core: CoreClient): Partial<Handlers> {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    saveDocument: async ({ documentId }) => {
      const opened = await unwrap(core.call('openDocument', { documentId }) as Promise<{ ok: true; value: MethodOutput<'openDocument'> }>);
      const info = await core.contentInfo(opened.url.split('/').pop() ?? '');
      const window = parent();
      const options = { defaultPath: info?.fileName ?? `${opened.title}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await unwrap(core.internal('exportDocuments', { documentIds: [documentId], paths: [choice.filePath] }));
      return { saved: true };
    },
    saveAllDocuments: async ({ appointmentId }) => {
      const window = parent();
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const dir = choice.filePaths[0];
      if (choice.canceled || !dir) return { saved: 0, cancelled: true };
      return unwrap(core.internal('exportAll', { appointmentId, dir }));
    },
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
