import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { WebSocketServer, type WebSocket } from 'ws';
import { eventNames, type EventName, type Events } from '../../shared/contract/contract.ts';
import type { Dispatch } from '../rpc/dispatch.ts';
import { securityHeaders } from '../security/csp.ts';
import { resolveStaticPath } from '../security/static-files.ts';
import { contentResponse, isContentPath, type ContentReader } from './content-route.ts';
import { STAGING_PATH, STAGING_TOKEN_HEADER, stageUpload } from './staging-route.ts';
import type { CoreClient } from '../core/client.ts';
import { log } from '../util/log.ts';

export interface BrowserHostOptions {
  /** Folder holding the renderer build (index.html and assets). */
  rendererRoot: string;
  /** The browser preload bundle, served as /browser-preload.js. */
  preloadFile: string;
  dispatch: Dispatch;
  /** Serves /content/<token>: document bytes from the core. */
  content?: ContentReader;
  /** Takes POST /staging: files the page adds to a submission. */
  staging?: Pick<CoreClient, 'internal'>;
  port?: number;
  /** Fixed secret for tests; a fresh random one otherwise. */
  secret?: string;
}

export interface BrowserHost {
  /** The URL to open: carries the secret in its fragment. */
  url: string;
  origin: string;
  secret: string;
  emit<E extends EventName>(name: E, payload: Events[E]): void;
  close(): Promise<void>;
}

const PRELOAD_PATH = '/browser-preload.js';
const HELLO_TIMEOUT_MS = 5000;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Serves the renderer and carries the contract over a WebSocket, on 127.0.0.1 only. The Host
 * header is checked (DNS rebinding), the socket's Origin must be ours (cross-site pages), and
 * nothing is answered until the socket has shown the per-run secret.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  let origin = '';
  const sockets = new Set<WebSocket>();

  const hostIsOurs = (req: IncomingMessage) => `http://${req.headers.host ?? ''}` === origin;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = securityHeaders();
    if (!hostIsOurs(req)) {
      res.writeHead(421, headers).end();
      return;
    }
    if (req.method === 'POST' && options.staging && new URL(req.url ?? '/', origin).pathname === STAGING_PATH) {
      // A page of another site could post here without reading the answer: only our own origin,
      // with a header that no cross-site form can set.
      if (req.headers.origin !== origin) {
        res.writeHead(403, headers).end();
        return;
      }
      const token = req.headers[STAGING_TOKEN_HEADER];
      const answer = await stageUpload(options.staging, new URL(req.url ?? '/', origin), typeof token === 'string' ? token : null, req);
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    const pathname = url.pathname;
    if (options.content && isContentPath(pathname)) {
      const answer = await contentResponse(options.content, url, req.headers.range);
      res.writeHead(answer.status, answer.headers);
      if (!answer.body || req.method === 'HEAD') {
        res.end();
        return;
      }
      // pipeline ends the core's stream (and its file handle) when pdf.js drops the request.
      await pipeline(Readable.from(answer.body), res).catch(() => undefined);
      return;
    }
    if (pathname === PRELOAD_PATH) {
      const body = await readFile(options.preloadFile);
      res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(body);
      return;
    }
    const resolved = resolveStaticPath(options.rendererRoot, pathname);
    if (!resolved.ok) {
      res.writeHead(resolved.status, headers).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(resolved.path);
    } catch {
      res.writeHead(404, headers).end();
      return;
    }
    if (resolved.path === join(options.rendererRoot, 'index.html')) {
      // A classic script runs before the renderer's module scripts: window.api exists when they start.
      body = Buffer.from(
        body.toString('utf8').replace('<script type="module"', `<script src="${PRELOAD_PATH}"></script>\n    <script type="module"`),
      );
    }
    res.writeHead(200, { ...headers, 'Content-Type': resolved.contentType, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server: Server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, securityHeaders());
      res.end();
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });

  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== '/rpc' || !hostIsOurs(req) || req.headers.origin !== origin) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws));
  });

  function accept(ws: WebSocket): void {
    let authenticated = false;
    const timer = setTimeout(() => ws.close(4401, 'unauthenticated'), HELLO_TIMEOUT_MS);
    ws.on('close', () => {
      clearTimeout(timer);
      sockets.delete(ws);
    });
    ws.on('message', (data) => {
      let message: { type?: unknown; id?: unknown; name?: unknown; input?: unknown; secret?: unknown };
      try {
        message = JSON.parse(String(data)) as typeof message;
      } catch {
        ws.close(4400, 'malformed');
        return;
      }
      if (!authenticated) {
        if (message.type === 'hello' && typeof message.secret === 'string' && sameSecret(message.secret, secret)) {
          authenticated = true;
          clearTimeout(timer);
          sockets.add(ws);
        } else {
          log('warn', 'browser-host.refused', { reason: 'secret' });
          ws.close(4401, 'unauthenticated');
        }
        return;
      }
      if (message.type !== 'call' || typeof message.id !== 'number') return;
      const id = message.id;
      void options.dispatch(message.name, message.input).then((result) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, result }));
      });
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    secret,
    url: `${origin}/#k=${secret}`,
    emit(name, payload) {
      if (!eventNames.includes(name)) return;
      const message = JSON.stringify({ type: 'event', name, payload });
      for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(message);
    },
    close: async () => {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
