import { ipcMain, type WebContents } from 'electron';
import { channel, eventNames, methodNames, type EventName, type Events } from '../../shared/contract/contract.ts';
import { isTrustedSender } from '../security/app-origin.ts';
import type { Dispatch } from '../rpc/dispatch.ts';
import { log } from '../util/log.ts';

/** One ipcMain handler per contract method; each refuses a caller that is not our own page. */
export function registerIpcHandlers(dispatch: Dispatch): void {
  for (const name of methodNames) {
    ipcMain.handle(channel.invoke(name), (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        log('warn', 'ipc.refused', { method: name });
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'Caller is not the application page' } };
      }
      return dispatch(name, input);
    });
  }
}

export function sendEvent<E extends EventName>(contents: WebContents, name: E, payload: Events[E]): void {
  if (!contents.isDestroyed() && eventNames.includes(name)) contents.send(channel.event(name), payload);
}
