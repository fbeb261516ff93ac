/**
 * Writes a Reply to the socket, or cuts it short on purpose: `reset` sends part of the body and
 * then a TCP reset, `truncate` promises the full Content-Length, sends part and closes.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './reply.ts';

export interface Cut {
  kind: 'reset' | 'truncate';
  /** Body bytes to send before cutting; default half. */
  afterBytes?: number | undefined;
}

function bodyLength(reply: Reply): number {
  if (reply.file) return reply.file.end - reply.file.start + 1;
  if (reply.body === undefined) return 0;
  return typeof reply.body === 'string' ? Buffer.byteLength(reply.body) : reply.body.length;
}

function cutConnection(res: ServerResponse, kind: Cut['kind']): void {
  const socket = res.socket;
  if (!socket) return;
  if (kind === 'reset') socket.resetAndDestroy();
  else socket.destroy();
}

export function sendReply(req: IncomingMessage, res: ServerResponse, reply: Reply, cut?: Cut): void {
  const length = bodyLength(reply);
  const headers: Record<string, string | number> = { ...reply.headers };
  const noBody = reply.status === 204 || reply.status === 304 || (reply.status >= 100 && reply.status < 200);
  if (!noBody && headers['Content-Length'] === undefined) headers['Content-Length'] = length;
  res.writeHead(reply.status, headers);
  if (req.method === 'HEAD' || noBody) {
    res.end();
    return;
  }
  const limit = cut ? Math.min(length, cut.afterBytes ?? Math.floor(length / 2)) : length;

  if (cut && limit === 0) {
    res.flushHeaders();
    setImmediate(() => cutConnection(res, cut.kind));
    return;
  }
  if (reply.file) {
    const stream = createReadStream(reply.file.path, { start: reply.file.start, end: reply.file.start + limit - 1 });
    stream.on('error', () => res.destroy());
    if (!cut) {
      stream.pipe(res);
      return;
    }
    stream.on('data', (chunk) => res.write(chunk));
    stream.on('end', () => res.write('', () => cutConnection(res, cut.kind)));
    return;
  }

  const body = reply.body === undefined ? Buffer.alloc(0) : typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  if (!cut) {
    res.end(body);
    return;
  }
  res.flushHeaders();
  res.write(body.subarray(0, limit), () => cutConnection(res, cut.kind));
}
