/**
 * Idempotency keys: the first answer to a key is stored with a fingerprint of the request (who,
 * method, path, canonical body). The same key and fingerprint again gets that answer replayed and
 * changes nothing; the same key with anything else is refused. Answers that say "try again"
 * (5xx, 429) are not stored, so a retry runs for real. Counters let tests see received vs applied.
 */
import { createHash } from 'node:crypto';
import type { Agency } from '../context.ts';
import type { Reply } from './reply.ts';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fingerprint(personId: string, method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${personId}\n${method}\n${path}\n${canonical(body)}`).digest('hex');
}

export interface StoredAnswer {
  fingerprint: string;
  reply: Reply;
}

export function countReceived(agency: Agency, key: string): void {
  agency.db
    .prepare('INSERT INTO idempotency_counters (key, received, applied) VALUES (?, 1, 0) ON CONFLICT (key) DO UPDATE SET received = received + 1')
    .run(key);
}

export function countApplied(agency: Agency, key: string): void {
  agency.db.prepare('UPDATE idempotency_counters SET applied = applied + 1 WHERE key = ?').run(key);
}

export function storedAnswer(agency: Agency, key: string): StoredAnswer | undefined {
  const row = agency.db.prepare('SELECT fingerprint, status, headers, body FROM idempotency WHERE key = ?').get(key) as
    | { fingerprint: string; status: number; headers: string; body: Buffer }
    | undefined;
  if (!row) return undefined;
  return { fingerprint: row.fingerprint, reply: { status: row.status, headers: JSON.parse(row.headers) as Record<string, string>, body: row.body } };
}

export function isStorable(reply: Reply): boolean {
  return reply.status < 500 && reply.status !== 429 && reply.file === undefined;
}

export function storeAnswer(agency: Agency, key: string, fp: string, reply: Reply): void {
  const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(reply.body);
  agency.db
    .prepare('INSERT OR REPLACE INTO idempotency (key, fingerprint, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(key, fp, reply.status, JSON.stringify(reply.headers ?? {}), body, agency.clock.now());
}
