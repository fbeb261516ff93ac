/**
 * Test support for the demo agency: start it in-process on a free port with a temporary data
 * directory and a pinned clock, sign in test identities, call the API over real HTTP, read the
 * whole feed, upload PDFs.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change, ChangesPage, ClockState, FeedEntity, TokenResponse } from '../../../src/shared/agency/index.ts';
import { startAgency, type RunningAgency } from '../../../src/agency/server.ts';
import { renderLetter } from '../../../src/agency/pdf/layout.ts';
import { stockholmInstant } from '../../../src/shared/domain/dates.ts';

/** Wednesday 12 March 2025, 10:00 in Stockholm. */
export const NOW = '2025-03-12T09:00:00.000Z';

export interface TestAgency {
  url: string;
  close(): Promise<void>;
  control: Control;
  as(personId: string): Promise<Api>;
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

async function replyOf<T>(res: Response): Promise<Reply<T>> {
  const text = await res.text();
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: body as T };
}

export interface Control {
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Reply<T>>;
  get<T = Record<string, unknown>>(path: string): Promise<Reply<T>>;
  del(path: string): Promise<Reply>;
  clock(): Promise<ClockState>;
  advance(days: number, extra?: { hours?: number; minutes?: number }): Promise<ClockState>;
  setDate(date: string, time?: string): Promise<ClockState>;
}

function controlFor(url: string): Control {
  const send = async <T>(method: string, path: string, body?: unknown) =>
    replyOf<T>(
      await fetch(url + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const control: Control = {
    post: (path, body = {}) => send('POST', path, body),
    get: (path) => send('GET', path),
    del: (path) => send('DELETE', path),
    clock: async () => (await send<ClockState>('GET', '/control/clock')).body,
    advance: async (days, extra = {}) => (await send<ClockState>('POST', '/control/clock', { advance: { days, ...extra } })).body,
    setDate: async (date, time = '10:00') => (await send<ClockState>('POST', '/control/clock', { set: stockholmInstant(date, time) })).body,
  };
  return control;
}

export interface Api {
  token: string;
  refreshToken: string;
  personId: string;
  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<Reply<T>>;
  /** Writes send a fresh Idempotency-Key unless one is given (null: none at all). */
  post<T = unknown>(path: string, body?: unknown, key?: string | null): Promise<Reply<T>>;
  put<T = unknown>(path: string, body?: unknown, key?: string | null): Promise<Reply<T>>;
  del<T = unknown>(path: string, key?: string | null): Promise<Reply<T>>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export function apiFor(url: string, tokens: TokenResponse, personId: string): Api {
  const auth = { authorization: `Bearer ${tokens.access_token}` };
  const write = async <T>(method: string, path: string, body: unknown, key: string | null | undefined) => {
    const headers: Record<string, string> = { ...auth };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (key !== null) headers['idempotency-key'] = key ?? randomUUID();
    return replyOf<T>(await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
  };
  return {
    token: tokens.access_token,
    refreshToken: tokens.refresh_token,
    personId,
    get: async (path, headers = {}) => replyOf(await fetch(url + path, { headers: { ...auth, ...headers } })),
    post: (path, body, key) => write('POST', path, body ?? {}, key),
    put: (path, body, key) => write('PUT', path, body ?? {}, key),
    del: (path, key) => write('DELETE', path, undefined, key),
    fetch: (path, init = {}) => fetch(url + path, { ...init, headers: { ...auth, ...(init.headers as Record<string, string> | undefined) } }),
  };
}

export async function startTestAgency(options: { now?: string; seed?: 'demo' | 'large' } = {}): Promise<TestAgency> {
  const dir = mkdtempSync(join(tmpdir(), 'agency-test-'));
  const running: RunningAgency = await startAgency({ port: 0, seed: options.seed ?? 'demo', dataDir: dir, demoControls: true, now: options.now ?? NOW });
  const control = controlFor(running.url);
  return {
    url: running.url,
    control,
    async close() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
    async as(personId) {
      const r = await control.post<TokenResponse>('/control/sessions', { personId });
      if (r.status !== 200) throw new Error(`No session for ${personId}: ${JSON.stringify(r.body)}`);
      return apiFor(running.url, r.body, personId);
    },
  };
}

/** Everything the feed holds for a counsel, applied in order: entity → id → resource. */
export type FeedState = Map<FeedEntity, Map<string, Record<string, unknown>>>;

export async function readFeed(api: Api, counselId: string, cursor = '', limit = 5000): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  for (;;) {
    const r = await api.get<ChangesPage>(`/v1/counsel/${counselId}/changes?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (r.status !== 200) throw new Error(`feed ${r.status}: ${JSON.stringify(r.body)}`);
    changes.push(...r.body.changes);
    cursor = r.body.cursor;
    if (!r.body.hasMore) return { changes, cursor };
  }
}

export function applyChanges(changes: readonly Change[], state: FeedState = new Map()): FeedState {
  for (const c of changes) {
    const byId = state.get(c.entity) ?? new Map<string, Record<string, unknown>>();
    state.set(c.entity, byId);
    if (c.op === 'delete') byId.delete(c.id);
    else byId.set(c.id, c.data as Record<string, unknown>);
  }
  return state;
}

export async function feedState(api: Api, counselId: string): Promise<FeedState> {
  return applyChanges((await readFeed(api, counselId)).changes);
}

export function all<T = Record<string, unknown>>(state: FeedState, entity: FeedEntity): T[] {
  return [...(state.get(entity)?.values() ?? [])] as T[];
}

export function pdfBytes(text = 'Inlaga från biträdet: sökanden vidhåller sina skäl.', pages = 1): Buffer {
  return renderLetter({ title: 'Inlaga', paragraphs: [text], minPages: pages }).bytes;
}

export function sha256(bytes: Buffer | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Creates, sends and finishes an upload; returns its id. */
export async function upload(api: Api, counselId: string, bytes: Buffer, fileName = 'inlaga.pdf', declaredSha = sha256(bytes)): Promise<string> {
  const created = await api.post<{ uploadId: string }>(`/v1/counsel/${counselId}/uploads`, { fileName, size: bytes.length, sha256: declaredSha }, null);
  if (created.status !== 201) throw new Error(`create upload ${created.status}: ${JSON.stringify(created.body)}`);
  const id = created.body.uploadId;
  const patched = await api.fetch(`/v1/counsel/${counselId}/uploads/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
    body: new Uint8Array(bytes),
  });
  if (patched.status !== 204) throw new Error(`patch upload ${patched.status}: ${await patched.text()}`);
  const finished = await api.post(`/v1/counsel/${counselId}/uploads/${id}/finish`, {}, null);
  if (finished.status !== 200) throw new Error(`finish upload ${finished.status}: ${JSON.stringify(finished.body)}`);
  return id;
}

/** A new group for counsel via the control API, so a test owns its case. */
export async function newCase(
  control: Control,
  counselId: string,
  names: string[] = ['Test Testsson'],
  citizenship = 'Syrien',
): Promise<{ groupId: string; appointmentIds: string[]; individualIds: string[] }> {
  const r = await control.post<{ groupId: string; appointmentIds: string[]; individualIds: string[] }>('/control/appointments', {
    counselId,
    individuals: names.map((name, i) => ({ name, citizenship, birthDate: `198${i}-05-0${i + 1}` })),
  });
  if (r.status !== 201) throw new Error(`new case ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}
