// Electron preload (sandboxed): exposes exactly the contract as window.api. The renderer gets
// named functions and subscriptions; never ipcRenderer, a generic invoke, or an IPC event.
import { contextBridge, ipcRenderer } from 'electron';
import { channel, eventNames, methodNames, subscriberName, type EventName } from '../shared/contract/names.ts';

const api: Record<string, unknown> = {};
for (const name of methodNames) {
  api[name] = (input?: unknown) => ipcRenderer.invoke(channel.invoke(name), input);
}
for (const event of eventNames) {
  api[subscriberName(event)] = (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel.event(event as EventName), wrapped);
    return () => {
      ipcRenderer.removeListener(channel.event(event as EventName), wrapped);
    };
  };
}
contextBridge.exposeInMainWorld('api', Object.freeze(api));
