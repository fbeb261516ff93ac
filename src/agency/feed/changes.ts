/** GET …/changes: one page of the feed, assembled from stored JSON strings. */
import { FEED_PAGE_DEFAULT_LIMIT } from '../../shared/agency/feed.ts';
import type { Agency } from '../context.ts';
import { Rejection, rawJsonReply, type Reply } from '../http/reply.ts';
import { getMeta } from '../store/db.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

export function feedEpoch(agency: Agency): string {
  return getMeta(agency.db, 'feed_epoch') ?? '0';
}

export function changesPage(agency: Agency, counselId: string, counselView: boolean, cursor: string | undefined, limit: number | undefined): Reply {
  const epoch = feedEpoch(agency);
  let after = 0;
  if (cursor !== undefined && cursor !== '') {
    const c = decodeCursor(cursor);
    if (!c || c.epoch !== epoch || c.counsel !== counselId || c.seq > agency.feed.maxSeq()) throw new Rejection('CURSOR_EXPIRED');
    after = c.seq;
  }
  const page = agency.feed.page(counselId, after, limit ?? FEED_PAGE_DEFAULT_LIMIT, counselView);
  const next = encodeCursor({ epoch, counsel: counselId, seq: page.lastSeq ?? after });
  const json = `{"changes":[${page.json.join(',')}],"cursor":${JSON.stringify(next)},"hasMore":${page.hasMore},"serverTime":${JSON.stringify(agency.clock.now())}}`;
  return rawJsonReply(200, json, { 'Cache-Control': 'no-store' });
}
