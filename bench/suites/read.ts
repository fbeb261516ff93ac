import { join } from 'node:path';
import { listDocuments } from '../../src/main/appointments/documents.ts';
import { listAppointments } from '../../src/main/appointments/list.ts';
import { getOverview } from '../../src/main/appointments/overview.ts';
import { openDatabase } from '../../src/main/store/database.ts';
import { largeProfile } from '../large-profile.ts';
import { median, percentile, type BenchResult, type BenchSuite } from '../types.ts';

const COUNSEL = 'large';
const round = (n: number) => Number(n.toFixed(3));

/** Issue 5's reading goals over the large profile: the list filter and opening an overview. */
export const readSuite: BenchSuite = {
  prefixes: ['list.', 'overview.'],
  async run(): Promise<BenchResult[]> {
    const { profileDir, keyHex } = await largeProfile();
    const db = openDatabase(join(profileDir, 'profile.db'), Buffer.from(keyHex, 'hex'));
    try {
      // Two-word filters as a person types them: a first name and a citizenship from the data.
      const people = db.prepare("SELECT name, citizenship FROM individual WHERE counsel_id = ? ORDER BY rid LIMIT 200").all(COUNSEL) as {
        name: string;
        citizenship: string;
      }[];
      const queries = people.map((p) => `${p.name.split(' ')[0]} ${p.citizenship.slice(0, 5)}`);
      const filter: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const query of queries) {
          const t = performance.now();
          listAppointments(db, COUNSEL, { query, sort: { column: 'name', direction: 'asc' }, offset: 0, limit: 100 });
          filter.push(performance.now() - t);
        }
      }

      const busiest = db
        .prepare("SELECT appointment_id FROM document WHERE counsel_id = ? AND claim_id IS NULL GROUP BY appointment_id ORDER BY count(*) DESC LIMIT 1")
        .pluck()
        .get(COUNSEL) as string;
      const open: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        const overview = getOverview(db, COUNSEL, busiest);
        listDocuments(db, COUNSEL, null, {
          appointmentId: busiest,
          query: '',
          sort: { column: 'publishedAt', direction: 'desc' },
          newSince: overview.newSince,
          offset: 0,
          limit: 100,
        });
        open.push(performance.now() - t);
      }
      return [
        { name: 'list.filter.large', value: round(median(filter)), unit: 'ms', p95: round(percentile(filter, 95)) },
        { name: 'overview.open.large', value: round(median(open)), unit: 'ms', p95: round(percentile(open, 95)) },
      ];
    } finally {
      db.close();
    }
  },
};
