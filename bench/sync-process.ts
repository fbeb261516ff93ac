// One process that syncs the large seed into a fresh encrypted profile, as the app's core
// would, then measures a no-op and a delta sync. Prints its numbers as one JSON line.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changesPageSchema, FEED_PAGE_MAX_LIMIT, type ChangesPage } from '../src/shared/agency/feed.ts';
import { pathTo } from '../src/shared/agency/paths.ts';
import { openDatabase } from '../src/main/store/database.ts';
import { ENTITY_TABLES } from '../src/main/sync/entity-tables.ts';
import { testProfile } from '../test/support/test-profile.ts';
import { control } from './support.ts';

const agencyUrl = process.env.AGENCY_URL!;
const identity = process.env.IDENTITY ?? 'large';

const profile = await testProfile(agencyUrl, identity);
let t = performance.now();
const initial = await profile.engine.run();
const initialMs = performance.now() - t;
const rssMb = process.resourceUsage().maxRSS / 1024;

// Baseline: the same rows, already fetched and parsed, inserted with prepared statements in one
// transaction into a fresh encrypted database of the same schema.
const pages: ChangesPage[] = [];
let cursor: string | null = null;
do {
  const q = new URLSearchParams({ limit: String(FEED_PAGE_MAX_LIMIT), ...(cursor ? { cursor } : {}) });
  const page = changesPageSchema.parse(await profile.client.getJson(`${pathTo('changes', { counselId: identity })}?${q}`, changesPageSchema));
  pages.push(page);
  cursor = page.hasMore ? page.cursor : null;
} while (cursor);
const baselineDb = openDatabase(join(mkdtempSync(join(tmpdir(), 'bench-baseline-')), 'p.db'), randomBytes(32));
const inserts = Object.fromEntries(
  Object.entries(ENTITY_TABLES).map(([entity, spec]) => {
    const cols = ['counsel_id', 'agency_id', ...spec.columns, 'data'];
    return [entity, { spec, stmt: baselineDb.prepare(`INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`) }];
  }),
);
t = performance.now();
baselineDb.transaction(() => {
  for (const page of pages) {
    for (const change of page.changes) {
      if (change.op !== 'upsert' || !change.data) continue;
      const { spec, stmt } = inserts[change.entity]!;
      stmt.run({ counsel_id: identity, agency_id: change.id, ...spec.extract(change.data as never), data: JSON.stringify(change.data) });
    }
  }
})();
const baselineMs = performance.now() - t;
baselineDb.close();

// A sync when nothing changed, against one round trip to the agency.
const noop: number[] = [];
const health: number[] = [];
for (let i = 0; i < 15; i++) {
  t = performance.now();
  await profile.engine.run();
  noop.push(performance.now() - t);
  t = performance.now();
  await (await fetch(new URL('/healthz', agencyUrl))).text();
  health.push(performance.now() - t);
}

// Ten changes published through the control API, then a sync.
const appointmentId = profile.db.prepare("SELECT agency_id FROM appointment WHERE ended_on IS NULL AND released_on IS NULL LIMIT 1").pluck().get() as string;
for (let i = 0; i < 10; i++) await control(agencyUrl, '/control/documents', { appointmentId, kind: 'tjansteanteckning', title: `Tjänsteanteckning ${i + 1}` });
t = performance.now();
const delta = await profile.engine.run();
const deltaMs = performance.now() - t;

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
process.stdout.write(
  `${JSON.stringify({ initialMs, items: initial.items, baselineMs, rssMb, noopMs: median(noop), healthMs: median(health), deltaMs, deltaItems: delta.items, profileDir: profile.dir, keyHex: profile.key.toString('hex') })}\n`,
);
profile.close();
