/**
 * One request, start to end: faults, routing, the daily visibility sweep, authentication and
 * scope, input validation, idempotency, the handler, and writing the answer (or cutting it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import type { FaultRule } from '../../shared/agency/control.ts';
import { OPERATIONS, type OperationSpec } from '../../shared/agency/operations.ts';
import { HEADERS } from '../../shared/agency/paths.ts';
import { relationTo } from '../auth/access.ts';
import { authenticate } from '../auth/tokens.ts';
import type { Agency } from '../context.ts';
import { sweepIfDayChanged } from '../feed/sweep.ts';
import { bodySource, parseForm, parseJson, readAll } from './body.ts';
import { countApplied, countReceived, fingerprint, isStorable, storeAnswer, storedAnswer } from './idempotency.ts';
import { Rejection, rejectionReply, type Reply } from './reply.ts';
import { createRouter } from './router.ts';
import { sendReply, type Cut } from './send.ts';
import { RAW_OPERATIONS, type Handlers, type RequestContext } from './types.ts';

const JSON_LIMIT = 4 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function validationDetails(error: z.ZodError): Record<string, unknown> {
  return { issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

function faultReply(rule: FaultRule): Reply {
  if (rule.kind === 'rate_limit') {
    const seconds = rule.retryAfterSeconds ?? 2;
    return rejectionReply('RATE_LIMITED', { retryAfterSeconds: seconds }, { [HEADERS.retryAfter]: seconds });
  }
  const status = rule.status ?? 503;
  const reply = rejectionReply(status === 503 ? 'UNAVAILABLE' : 'SERVER_ERROR');
  return { ...reply, status };
}

function phaseOf(rule: FaultRule): 'before' | 'after' {
  return rule.phase ?? (rule.kind === 'reset' ? 'after' : 'before');
}

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h || !h.startsWith('Bearer ')) return null;
  return h.slice(7).trim() || null;
}

function toReply(error: unknown): Reply {
  if (error instanceof Rejection) return rejectionReply(error.code, error.details, error.headers);
  throw error;
}

export function createRequestHandler(agency: Agency, handlers: Handlers): (req: IncomingMessage, res: ServerResponse) => void {
  const route = createRouter();
  return (req, res) => {
    handle(agency, handlers, route, req, res).catch((error: unknown) => {
      // A client that hangs up mid-request is normal (and what resumable uploads are for).
      if (req.destroyed || (error as { code?: string }).code === 'ECONNRESET') return res.destroy();
      console.error('demo agency: request failed', error);
      if (!res.headersSent) sendReply(req, res, rejectionReply('SERVER_ERROR'));
      else res.destroy();
    });
  };
}

async function handle(
  agency: Agency,
  handlers: Handlers,
  route: ReturnType<typeof createRouter>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const isControl = path === '/control' || path.startsWith('/control/');
  const send = (reply: Reply, cut?: Cut) => sendReply(req, res, reply, cut);

  if (isControl && (!agency.demoControls || !LOOPBACK.has(req.socket.remoteAddress ?? ''))) return send(rejectionReply('NOT_FOUND'));

  const fault = isControl || path === '/healthz' ? null : agency.faults.take(method, path);
  if (fault?.kind === 'latency') await delay(fault.latencyMs ?? 1000);
  if (fault && phaseOf(fault) === 'before') {
    if (fault.kind === 'status' || fault.kind === 'rate_limit') return send(faultReply(fault));
    if (fault.kind === 'reset') {
      req.socket.resetAndDestroy();
      return;
    }
  }

  let reply: Reply;
  try {
    reply = await run(agency, handlers, route, req, url, method, fault);
  } catch (error) {
    reply = toReply(error);
  }

  if (fault && phaseOf(fault) === 'after' && (fault.kind === 'status' || fault.kind === 'rate_limit')) return send(faultReply(fault));
  if (fault && (fault.kind === 'reset' || fault.kind === 'truncate') && !(fault.kind === 'reset' && phaseOf(fault) === 'before')) {
    return send(reply, { kind: fault.kind, afterBytes: fault.afterBytes });
  }
  send(reply);
}

async function run(
  agency: Agency,
  handlers: Handlers,
  route: ReturnType<typeof createRouter>,
  req: IncomingMessage,
  url: URL,
  method: string,
  fault: FaultRule | null,
): Promise<Reply> {
  const match = route(method, url.pathname);
  if ('error' in match) return rejectionReply(match.error);
  const id = match.id;
  const op: OperationSpec = OPERATIONS[id];
  sweepIfDayChanged(agency);

  let personId = '';
  let counselId = '';
  let relation: 'self' | 'assistant' | null = null;
  if (op.auth === 'person' || op.auth === 'counsel' || op.auth === 'counsel_only') {
    const token = bearer(req);
    const who = token ? authenticate(agency, token) : null;
    if (!who) throw new Rejection('UNAUTHENTICATED');
    personId = who;
    if (op.auth !== 'person') {
      counselId = match.params.counselId ?? '';
      relation = relationTo(agency, personId, counselId);
      if (!relation) throw new Rejection('NOT_YOUR_COUNSEL');
      if (op.auth === 'counsel_only' && relation !== 'self') throw new Rejection('COUNSEL_ONLY');
    }
  }

  const raw = (RAW_OPERATIONS as readonly string[]).includes(id);
  let query: unknown = url.searchParams;
  if (!raw && op.query) {
    const parsed = op.query.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) throw new Rejection('VALIDATION', validationDetails(parsed.error));
    query = parsed.data;
  }

  const throttle = fault?.kind === 'slow_upload' ? (fault.bytesPerSecond ?? 64 * 1024) : null;
  const stream = bodySource(req, throttle);
  let body: unknown = undefined;
  if (op.body && op.body.kind !== 'bytes') {
    const bytes = await readAll(stream, JSON_LIMIT);
    const input = op.body.kind === 'json' ? parseJson(bytes) : parseForm(bytes);
    if (raw) body = input;
    else {
      const parsed = op.body.schema.safeParse(input);
      if (!parsed.success) throw new Rejection('VALIDATION', validationDetails(parsed.error));
      body = parsed.data;
    }
  }

  const keyHeader = req.headers[HEADERS.idempotencyKey.toLowerCase()];
  const idempotencyKey = typeof keyHeader === 'string' && keyHeader.length > 0 ? keyHeader : null;
  const ctx: RequestContext = { agency, req, url, params: match.params, query, body, personId, counselId, relation, idempotencyKey, stream };
  const handler = handlers[id] as (ctx: RequestContext) => Reply | Promise<Reply>;

  if (!op.idempotent) return await handler(ctx);

  if (!idempotencyKey || idempotencyKey.length < 8 || idempotencyKey.length > 200) throw new Rejection('IDEMPOTENCY_KEY_REQUIRED');
  countReceived(agency, idempotencyKey);
  const fp = fingerprint(personId, method, url.pathname, body ?? null);
  const prior = storedAnswer(agency, idempotencyKey);
  if (prior) {
    if (prior.fingerprint !== fp) throw new Rejection('IDEMPOTENCY_KEY_REUSED');
    return { ...prior.reply, headers: { ...prior.reply.headers, [HEADERS.idempotentReplayed]: 'true' } };
  }
  try {
    return agency.db.transaction(() => {
      const reply = handler(ctx) as Reply;
      if (isStorable(reply)) storeAnswer(agency, idempotencyKey, fp, reply);
      if (reply.status >= 200 && reply.status < 300) countApplied(agency, idempotencyKey);
      return reply;
    })();
  } catch (error) {
    // The transaction rolled back every effect; remember the refusal so a retry gets the same one.
    const reply = toReply(error);
    if (isStorable(reply)) storeAnswer(agency, idempotencyKey, fp, reply);
    return reply;
  }
}
