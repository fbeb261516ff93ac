import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host.ts';
import type { Dispatch } from '../../../src/main/rpc/dispatch.ts';

let host: BrowserHost;
const calls: unknown[] = [];
const streams = { started: 0, finished: 0 };

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'host-'));
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(parent, 'secret.json'), '{"secret": true}');
  writeFileSync(join(root, 'index.html'), '<html><head><script type="module" src="/assets/app.js"></script></head></html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(root, 'preload.js'), 'window.api = {}');
  const dispatch: Dispatch = async (name, input) => {
    calls.push({ name, input });
    return { ok: true, value: 'answered' };
  };
  host = await startBrowserHost({
    rendererRoot: root,
    preloadFile: join(root, 'preload.js'),
    dispatch,
    content: {
      contentInfo: async (token) => (token === 'tok_0123456789abcdef' ? { size: 64 * 1024 * 1024, fileName: 'stor.pdf' } : null),
      async *readContent() {
        streams.started++;
        try {
          // Endless enough: 64 MB in 64 KB pieces, the way the core streams a document.
          for (let i = 0; i < 1024; i++) yield new Uint8Array(64 * 1024);
        } finally {
          streams.finished++;
        }
      },
    },
  });
});
afterAll(() => host.close());

function connect(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/rpc`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<{ data?: unknown; closed?: number }> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve({ data: JSON.parse(String(data)) }));
    ws.once('close', (code) => resolve({ closed: code }));
  });
}

function rawGet(path: string, hostHeader: string): Promise<number> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { host: hostHeader } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the browser host', () => {
  it('serves the page with the CSP and the preload before the renderer', async () => {
    const response = await fetch(`${host.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html.indexOf('/browser-preload.js')).toBeLessThan(html.indexOf('type="module"'));
  });

  it.each(['/../secret.json', '/%2e%2e/secret.json', '/assets/%2E%2E/%2e%2e/secret.json', '/..%2fsecret.json'])(
    'never serves a file outside the renderer folder: %s',
    async (path) => {
      const status = await rawGet(path, new URL(host.origin).host);
      expect([400, 403, 404]).toContain(status);
    },
  );

  it('refuses a request whose Host header is not its own (DNS rebinding)', async () => {
    expect(await rawGet('/', 'evil.example:80')).toBe(421);
  });

  it('answers contract calls once the socket has shown the secret', async () => {
    const ws = await connect({ origin: host.origin });
    ws.send(JSON.stringify({ type: 'hello', secret: host.secret }));
    ws.send(JSON.stringify({ type: 'call', id: 7, name: 'getStatus' }));
    expect((await nextMessage(ws)).data).toEqual({ type: 'result', id: 7, result: { ok: true, value: 'answered' } });
    ws.close();
  });

  it('closes a socket that gives the wrong secret, without calling anything', async () => {
    const before = calls.length;
    const ws = await connect({ origin: host.origin });
    ws.send(JSON.stringify({ type: 'hello', secret: 'guess' }));
    ws.send(JSON.stringify({ type: 'call', id: 1, name: 'getStatus' }));
    expect(await nextMessage(ws)).toEqual({ closed: 4401 });
    expect(calls.length).toBe(before);
  });

  it('refuses a socket opened by a page from another origin', async () => {
    await expect(connect({ origin: 'https://evil.example' })).rejects.toThrow(/403/);
  });

  it('lets go of the core’s stream when the viewer drops a document request half-way', async () => {
    const controller = new AbortController();
    const response = await fetch(`${host.origin}/content/tok_0123456789abcdef`, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await expect.poll(() => streams.finished).toBe(streams.started);
    expect(streams.started).toBe(1);
  });

  it('pushes events to authenticated sockets', async () => {
    const ws = await connect({ origin: host.origin });
    ws.send(JSON.stringify({ type: 'hello', secret: host.secret }));
    const message = nextMessage(ws);
    // The hello is processed before the event is emitted: wait for one round trip first.
    ws.send(JSON.stringify({ type: 'call', id: 1, name: 'getStatus' }));
    await message;
    const event = nextMessage(ws);
    host.emit('preferencesChanged', { language: 'en' });
    expect((await event).data).toEqual({ type: 'event', name: 'preferencesChanged', payload: { language: 'en' } });
    ws.close();
  });
});
