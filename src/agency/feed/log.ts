/**
 * The change log behind the feed. Each resource has at most one row per counsel: a change
 * replaces the earlier row under a new seq, so a client that had the old version gets the new
 * one, and a full sync reads every live resource once. Rows hold the change already serialised;
 * a page is their concatenation, never a parse and stringify per row.
 */
import { COUNSEL_ONLY_ENTITIES, type FeedEntity } from '../../shared/agency/feed.ts';
import type { Db } from '../store/db.ts';

/** 0: everyone acting for the counsel; 1: the counsel in person only. */
export const AUDIENCE_ALL = 0;
export const AUDIENCE_COUNSEL = 1;

export function audienceOf(entity: FeedEntity): number {
  return COUNSEL_ONLY_ENTITIES.includes(entity) ? AUDIENCE_COUNSEL : AUDIENCE_ALL;
}

export interface FeedPageRows {
  /** Serialised changes, in order. */
  json: string[];
  lastSeq: number | null;
  hasMore: boolean;
}

export interface FeedLog {
  upsert(counsel: string, entity: FeedEntity, id: string, data: unknown): void;
  remove(counsel: string, entity: FeedEntity, id: string): void;
  /** For seeding a fresh store: no earlier row can exist, so skip the delete. */
  append(counsel: string, entity: FeedEntity, id: string, data: unknown): void;
  page(counsel: string, afterSeq: number, limit: number, counselView: boolean): FeedPageRows;
  maxSeq(): number;
}

export function createFeedLog(db: Db): FeedLog {
  const del = db.prepare('DELETE FROM changes WHERE counsel = ? AND entity = ? AND entity_id = ?');
  const ins = db.prepare('INSERT INTO changes (counsel, audience, entity, entity_id, json) VALUES (?, ?, ?, ?, ?)');
  const pageStmt = db.prepare('SELECT seq, json FROM changes WHERE counsel = ? AND seq > ? AND audience <= ? ORDER BY seq LIMIT ?').raw(true);
  const maxStmt = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").pluck();

  const write = (counsel: string, entity: FeedEntity, id: string, json: string, replace: boolean) => {
    if (replace) del.run(counsel, entity, id);
    ins.run(counsel, audienceOf(entity), entity, id, json);
  };

  return {
    upsert(counsel, entity, id, data) {
      write(counsel, entity, id, JSON.stringify({ entity, op: 'upsert', id, data }), true);
    },
    remove(counsel, entity, id) {
      write(counsel, entity, id, JSON.stringify({ entity, op: 'delete', id }), true);
    },
    append(counsel, entity, id, data) {
      write(counsel, entity, id, JSON.stringify({ entity, op: 'upsert', id, data }), false);
    },
    page(counsel, afterSeq, limit, counselView) {
      const rows = pageStmt.all(counsel, afterSeq, counselView ? AUDIENCE_COUNSEL : AUDIENCE_ALL, limit + 1) as [number, string][];
      const hasMore = rows.length > limit;
      if (hasMore) rows.pop();
      const json = new Array<string>(rows.length);
      for (let i = 0; i < rows.length; i++) json[i] = rows[i]![1];
      return { json, lastSeq: rows.length > 0 ? rows[rows.length - 1]![0] : null, hasMore };
    },
    maxSeq() {
      return (maxStmt.get() as number | undefined) ?? 0;
    },
  };
}
