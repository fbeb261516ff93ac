/** The running agency: its store, clock, feed log, files and fault rules, passed to every module. */
import { randomBytes } from 'node:crypto';
import type { FeedLog } from './feed/log.ts';
import type { FaultRegistry } from './http/faults.ts';
import type { Clock } from './store/clock.ts';
import type { Db } from './store/db.ts';

export interface AgencyDirs {
  data: string;
  /** Document content by SHA-256. */
  blobs: string;
  /** Bytes of uploads in progress, by upload id. */
  uploads: string;
}

export interface Agency {
  db: Db;
  clock: Clock;
  feed: FeedLog;
  dirs: AgencyDirs;
  demoControls: boolean;
  faults: FaultRegistry;
  /** Origin the server listens on, once listening. */
  origin: string;
}

let idSource: () => string = () => randomBytes(8).toString('hex');

/** A fresh id: random at run time, from the seed's PRNG while seeding, so seeds are reproducible. */
export function newId(prefix: string): string {
  return `${prefix}_${idSource()}`;
}

/** Runs `fn` with ids drawn from `source` (a seeded generator), then restores random ids. */
export function withIdSource<T>(source: () => string, fn: () => T): T {
  const previous = idSource;
  idSource = source;
  try {
    return fn();
  } finally {
    idSource = previous;
  }
}

/** Runs `fn` in one transaction: all its writes and feed rows land together, or none do. */
export function inTransaction<T>(agency: Agency, fn: () => T): T {
  return agency.db.transaction(fn)();
}
