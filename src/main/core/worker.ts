// Entry of the core worker thread: the database, sync and outbox live here, so nothing they do
// can freeze the thread that serves windows.
import { parentPort, workerData } from 'node:worker_threads';
import { isMethodName } from '../../shared/contract/contract.ts';
import { ContractFailure, type Result } from '../../shared/contract/result.ts';
import { invokeHandler } from '../rpc/invoke.ts';
import { describeError, log, setLogSink } from '../util/log.ts';
import type { CoreConfig } from './config.ts';
import { createCore } from './core.ts';
import type { FromCore, InternalName, ToCore } from './messages.ts';

const port = parentPort;
if (!port) throw new Error('core worker must run in a worker thread');
const post = (message: FromCore, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer);
setLogSink((line) => post({ type: 'log', line }));
// A forgotten promise must not take the database and the queue down with it: log it, go on.
process.on('unhandledRejection', (reason) => log('error', 'core.unhandled', { detail: describeError(reason) }));

const core = createCore(workerData as CoreConfig, (name, payload) => post({ type: 'event', name, payload }));

/** Content reads wait for the host to take each chunk: a slow reader never fills memory. */
const acks = new Map<number, () => void>();
const cancelled = new Set<number>();

async function streamContent(id: number, token: string, start: number, end: number): Promise<void> {
  const source = core.content.read(token, start, end);
  if (!source) {
    post({ type: 'content-end', id, error: 'gone' });
    return;
  }
  try {
    for await (const chunk of source) {
      if (cancelled.has(id)) break;
      const data = new Uint8Array(chunk);
      const acked = new Promise<void>((resolve) => acks.set(id, resolve));
      post({ type: 'content-chunk', id, data }, [data.buffer as ArrayBuffer]);
      await acked;
    }
    post({ type: 'content-end', id, error: null });
  } catch (error) {
    log('error', 'core.content', { detail: describeError(error) });
    post({ type: 'content-end', id, error: 'unreadable' });
  } finally {
    acks.delete(id);
    cancelled.delete(id);
  }
}

async function internal(name: InternalName, args: unknown): Promise<Result<unknown>> {
  try {
    return { ok: true, value: await (core.internal[name] as (a: unknown) => Promise<unknown>)(args) };
  } catch (error) {
    if (error instanceof ContractFailure) return { ok: false, error: error.error };
    log('error', 'core.internal', { name, detail: describeError(error) });
    return { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred' } };
  }
}

port.on('message', (message: ToCore) => {
  switch (message.type) {
    case 'close':
      void core.close().finally(() => {
        post({ type: 'closed' });
        port.close();
      });
      return;
    case 'call': {
      const { id, name, input } = message;
      if (!isMethodName(name)) {
        post({ type: 'result', id, result: { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method' } } });
        return;
      }
      void invokeHandler(core.handlers, name, input, (line) => log('error', 'core.handler', { detail: line })).then((result) =>
        post({ type: 'result', id, result }),
      );
      return;
    }
    case 'internal':
      void internal(message.name, message.args).then((result) => post({ type: 'result', id: message.id, result }));
      return;
    case 'content-info':
      post({ type: 'content-info', id: message.id, info: core.content.info(message.token) });
      return;
    case 'content-read':
      void streamContent(message.id, message.token, message.start, message.end);
      return;
    case 'content-ack':
      acks.get(message.id)?.();
      return;
    case 'content-cancel':
      cancelled.add(message.id);
      acks.get(message.id)?.();
      return;
  }
});
post({ type: 'ready' });
