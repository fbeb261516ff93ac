// Browser-host preload: the same window.api as in Electron, carried over a WebSocket to the
// loopback host. The per-run secret arrives in the URL fragment (never sent to a server or
// logged), is kept for reloads in this tab only, and is removed from the address bar.
import { eventNames, methodNames, subscriberName, type EventName } from '../shared/contract/names.ts';
import type { Result } from '../shared/contract/result.ts';

type Settle = (result: Result<unknown>) => void;

const SECRET_KEY = 'bitrade.hostSecret';

function takeSecret(): string {
  const match = /(?:^#|&)k=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(SECRET_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(SECRET_KEY) ?? '';
}

const secret = takeSecret();
const pending = new Map<number, Settle>();
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const queue: string[] = [];
let nextId = 1;
let socket: WebSocket | null = null;
let open = false;
let retryMs = 250;

function connect(): void {
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/rpc`);
  socket = ws;
  ws.addEventListener('open', () => {
    ws.send(JSON.stringify({ type: 'hello', secret }));
    open = true;
    retryMs = 250;
    for (const message of queue.splice(0)) ws.send(message);
  });
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as
      | { type: 'result'; id: number; result: Result<unknown> }
      | { type: 'event'; name: EventName; payload: unknown };
    if (message.type === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.type === 'event') {
      for (const listener of listeners.get(message.name) ?? []) listener(message.payload);
    }
  });
  ws.addEventListener('close', () => {
    open = false;
    for (const settle of pending.values()) {
      settle({ ok: false, error: { code: 'HOST_UNAVAILABLE', message: 'The connection to the application host was lost' } });
    }
    pending.clear();
    queue.length = 0;
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 5000);
  });
}

function invoke(name: string, input: unknown): Promise<Result<unknown>> {
  const id = nextId++;
  const message = JSON.stringify({ type: 'call', id, name, input });
  return new Promise((resolve) => {
    pending.set(id, resolve);
    if (open && socket) socket.send(message);
    else queue.push(message);
  });
}

const api: Record<string, unknown> = {};
for (const name of methodNames) api[name] = (input?: unknown) => invoke(name, input);
for (const event of eventNames) {
  api[subscriberName(event)] = (listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
}
Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
connect();
