import { Worker } from 'node:worker_threads';
import type { EventName, Events, MethodName } from '../../shared/contract/contract.ts';
import type { Result } from '../../shared/contract/result.ts';
import { log } from '../util/log.ts';
import type { CoreConfig } from './config.ts';
import type { ContentInfo, FromCore, InternalCalls, InternalName, ToCore } from './messages.ts';

type EventListener = <E extends EventName>(name: E, payload: Events[E]) => void;

/** Where the worker's code is: next to this module, as TypeScript from source or JavaScript in a bundle. */
export function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker.ts', import.meta.url) : new URL('./core-worker.js', import.meta.url);
}

const MAX_RESTARTS = 5;

/**
 * The host side of the core worker: calls go in with an id, results and events come out.
 * A worker that dies is restarted; calls it had in hand fail with a clear code instead of hanging.
 */
export class CoreClient {
  #worker!: Worker;
  #nextId = 1;
  #pending = new Map<number, (result: Result<unknown>) => void>();
  #infos = new Map<number, (info: ContentInfo | null) => void>();
  #streams = new Map<number, { push: (data: Uint8Array | null, error?: string | null) => void }>();
  #listeners = new Set<EventListener>();
  #closing = false;
  /** The worker kept dying: calls are answered at once instead of waiting for nobody. */
  #dead = false;
  #restarts = 0;
  #ready!: Promise<void>;
  readonly #config: CoreConfig;
  readonly #workerUrl: URL;

  constructor(config: CoreConfig, workerUrl: URL = defaultWorkerUrl()) {
    this.#config = config;
    this.#workerUrl = workerUrl;
    this.#spawn();
  }

  #spawn(): void {
    const worker = new Worker(this.#workerUrl, { workerData: this.#config });
    this.#worker = worker;
    this.#ready = new Promise((resolve) => {
      const onReady = (message: FromCore) => {
        if (message.type === 'ready') {
          worker.off('message', onReady);
          resolve();
        }
      };
      worker.on('message', onReady);
    });
    worker.on('message', (message: FromCore) => this.#receive(message));
    worker.on('error', (error) => log('error', 'core.worker.error', { kind: error.name }));
    worker.on('exit', (code) => this.#exited(worker, code));
  }

  #receive(message: FromCore): void {
    switch (message.type) {
      case 'result': {
        const settle = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        settle?.(message.result);
        break;
      }
      case 'content-info':
        this.#infos.get(message.id)?.(message.info);
        this.#infos.delete(message.id);
        break;
      case 'content-chunk':
        this.#streams.get(message.id)?.push(message.data);
        break;
      case 'content-end':
        this.#streams.get(message.id)?.push(null, message.error);
        this.#streams.delete(message.id);
        break;
      case 'event':
        for (const listener of this.#listeners) listener(message.name, message.payload as Events[typeof message.name]);
        break;
      case 'log':
        process.stderr.write(`${message.line}\n`);
        break;
      default:
        break;
    }
  }

  #exited(worker: Worker, code: number): void {
    if (worker !== this.#worker) return;
    for (const settle of this.#pending.values()) {
      settle({ ok: false, error: { code: 'HOST_UNAVAILABLE', message: 'The background service stopped before answering' } });
    }
    this.#pending.clear();
    for (const settle of this.#infos.values()) settle(null);
    this.#infos.clear();
    for (const stream of this.#streams.values()) stream.push(null, 'stopped');
    this.#streams.clear();
    if (this.#closing) return;
    log('error', 'core.worker.exit', { code });
    if (this.#restarts++ < MAX_RESTARTS) this.#spawn();
    else this.#dead = true;
  }

  #unavailable(): { ok: false; error: { code: 'HOST_UNAVAILABLE'; message: string } } | null {
    if (this.#closing) return { ok: false, error: { code: 'HOST_UNAVAILABLE', message: 'The application is closing' } };
    if (this.#dead) return { ok: false, error: { code: 'HOST_UNAVAILABLE', message: 'The background service stopped; restart the application' } };
    return null;
  }

  ready(): Promise<void> {
    return this.#ready;
  }

  call(name: MethodName, input: unknown): Promise<Result<unknown>> {
    const unavailable = this.#unavailable();
    if (unavailable) return Promise.resolve(unavailable);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ type: 'call', id, name, input } satisfies ToCore);
    });
  }

  /** A host-only call, outside the renderer's contract (after a host dialog, for example). */
  internal<K extends InternalName>(name: K, args: InternalCalls[K]['args']): Promise<Result<InternalCalls[K]['result']>> {
    const unavailable = this.#unavailable();
    if (unavailable) return Promise.resolve(unavailable);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve as (result: Result<unknown>) => void);
      this.#worker.postMessage({ type: 'internal', id, name, args } satisfies ToCore);
    });
  }

  /** Size and name of a document behind a content token; null when the token is unknown or revoked. */
  contentInfo(token: string): Promise<ContentInfo | null> {
    if (this.#unavailable()) return Promise.resolve(null);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#infos.set(id, resolve);
      this.#worker.postMessage({ type: 'content-info', id, token } satisfies ToCore);
    });
  }

  /** The plaintext bytes [start, end) behind a content token, one acknowledged chunk at a time. */
  async *readContent(token: string, start: number, end: number): AsyncGenerator<Uint8Array> {
    if (this.#unavailable()) throw new Error('content could not be read (stopped)');
    const id = this.#nextId++;
    const queue: { data: Uint8Array | null; error?: string | null }[] = [];
    let wake: (() => void) | null = null;
    this.#streams.set(id, {
      push: (data, error) => {
        queue.push({ data, error: error ?? null });
        wake?.();
      },
    });
    this.#worker.postMessage({ type: 'content-read', id, token, start, end } satisfies ToCore);
    let finished = false;
    try {
      for (;;) {
        if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const next = queue.shift()!;
        if (next.data === null) {
          finished = true;
          if (next.error) throw new Error(`content could not be read (${next.error})`);
          return;
        }
        yield next.data;
        this.#worker.postMessage({ type: 'content-ack', id } satisfies ToCore);
      }
    } finally {
      if (!finished) this.#worker.postMessage({ type: 'content-cancel', id } satisfies ToCore);
      this.#streams.delete(id);
    }
  }

  onEvent(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    if (this.#dead) return;
    const worker = this.#worker;
    const closed = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'close' } satisfies ToCore);
    const timer = setTimeout(() => void worker.terminate(), 5000);
    await closed;
    clearTimeout(timer);
  }
}
