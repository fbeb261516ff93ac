/**
 * Starts the demo agency: opens (or seeds) its store under the data directory, then listens on
 * 127.0.0.1 only. A data directory seeded earlier with the same seed is reused, so a restart keeps
 * the clock, the feed and the clients' cursors; without one, a temporary directory is used and
 * removed on close.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withIdSource, type Agency } from './context.ts';
import { createFeedLog } from './feed/log.ts';
import { sweep, sweepIfDayChanged } from './feed/sweep.ts';
import { handlers } from './handlers.ts';
import { createFaultRegistry } from './http/faults.ts';
import { createRequestHandler } from './http/pipeline.ts';
import { seedBase } from './seed/base.ts';
import { seedDemo } from './seed/demo.ts';
import { seedLarge } from './seed/large.ts';
import { createRng } from './seed/prng.ts';
import { createClock } from './store/clock.ts';
import { createSchema, getMeta, openDatabase, schemaVersion, setMeta, type Db } from './store/db.ts';
import { SCHEMA_VERSION } from './store/schema.ts';

export type SeedName = 'demo' | 'large';

export interface AgencyOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  seed?: SeedName;
  /** Keep the store here; omitted: a temporary directory, removed on close. */
  dataDir?: string;
  /** Serve the /control API (tests and demos). */
  demoControls?: boolean;
  /** Pin the agency's clock to this instant when seeding (seed dates are relative to it). */
  now?: string;
  /** Start from a fresh seed even when the data directory holds one. */
  reset?: boolean;
}

export interface RunningAgency {
  url: string;
  close(): Promise<void>;
}

const SEEDS: Record<SeedName, number> = { demo: 20_240_212, large: 424_242 };

function openStore(dataDir: string, seed: SeedName, options: AgencyOptions): Db {
  const file = join(dataDir, 'agency.db');
  if (existsSync(file) && !options.reset) {
    const db = openDatabase(file);
    if (schemaVersion(db) === SCHEMA_VERSION && getMeta(db, 'seed') === seed && getMeta(db, 'seeded') === 'yes') return db;
    db.close();
  }
  for (const f of ['agency.db', 'agency.db-wal', 'agency.db-shm', 'blobs', 'uploads']) rmSync(join(dataDir, f), { recursive: true, force: true });
  mkdirSync(join(dataDir, 'blobs'), { recursive: true });
  mkdirSync(join(dataDir, 'uploads'), { recursive: true });
  const db = openDatabase(file);
  createSchema(db);
  return db;
}

export async function startAgency(options: AgencyOptions = {}): Promise<RunningAgency> {
  const seed = options.seed ?? 'demo';
  const temporary = options.dataDir === undefined;
  const dataDir = temporary ? mkdtempSync(join(tmpdir(), 'demo-agency-')) : resolve(options.dataDir!);
  mkdirSync(dataDir, { recursive: true });
  const db = openStore(dataDir, seed, options);
  mkdirSync(join(dataDir, 'blobs'), { recursive: true });
  mkdirSync(join(dataDir, 'uploads'), { recursive: true });

  const clock = createClock(db);
  const agency: Agency = {
    db,
    clock,
    feed: createFeedLog(db),
    dirs: { data: dataDir, blobs: join(dataDir, 'blobs'), uploads: join(dataDir, 'uploads') },
    demoControls: options.demoControls ?? false,
    faults: createFaultRegistry(),
    origin: '',
  };

  if (getMeta(db, 'seeded') !== 'yes') {
    if (options.now) clock.set(Date.parse(options.now));
    const rng = createRng(SEEDS[seed]);
    db.transaction(() => {
      withIdSource(
        () => rng.hex(16),
        () => {
          seedBase(agency, clock.today());
          if (seed === 'demo') seedDemo(agency, rng);
          else seedLarge(agency, rng);
        },
      );
      setMeta(db, 'seed', seed);
      setMeta(db, 'feed_epoch', randomBytes(6).toString('hex'));
      setMeta(db, 'seeded', 'yes');
    })();
    sweep(agency);
  } else {
    sweepIfDayChanged(agency);
  }

  const server = createServer({ keepAliveTimeout: 5_000 }, createRequestHandler(agency, handlers));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  agency.origin = `http://127.0.0.1:${port}`;

  let closed = false;
  return {
    url: agency.origin,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      db.close();
      if (temporary) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
