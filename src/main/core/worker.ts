// Entry of the core worker thread: the database, sync and outbox live here, so nothing they do
// can freeze the thread that serves windows.
import { parentPort, workerData } from 'node:worker_threads';
import { isMethodName } from '../../shared/contract/contract.ts';
import { invokeHandler } from '../rpc/invoke.ts';
import { log, setLogSink } from '../util/log.ts';
import type { CoreConfig } from './config.ts';
import { createCore } from './core.ts';
import type { FromCore, ToCore } from './messages.ts';

const port = parentPort;
if (!port) throw new Error('core worker must run in a worker thread');
const post = (message: FromCore) => port.postMessage(message);
setLogSink((line) => post({ type: 'log', line }));

const core = createCore(workerData as CoreConfig, (name, payload) => post({ type: 'event', name, payload }));

port.on('message', (message: ToCore) => {
  if (message.type === 'close') {
    void core.close().finally(() => {
      post({ type: 'closed' });
      port.close();
    });
    return;
  }
  const { id, name, input } = message;
  if (!isMethodName(name)) {
    post({ type: 'result', id, result: { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method' } } });
    return;
  }
  void invokeHandler(core.handlers, name, input, (line) => log('error', 'core.handler', { detail: line })).then((result) =>
    post({ type: 'result', id, result }),
  );
});
post({ type: 'ready' });
