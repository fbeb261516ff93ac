// A sync in a process of its own, so a test can kill -9 it mid-sync. Prints one line per page
// applied; the parent kills it after as many as it wants.
import { testProfile } from './test-profile.ts';

const { AGENCY_URL, PROFILE_DIR, KEY_HEX, PAGE_LIMIT, IDENTITY } = process.env;
if (!AGENCY_URL || !PROFILE_DIR || !KEY_HEX) throw new Error('AGENCY_URL, PROFILE_DIR and KEY_HEX are required');

const profile = await testProfile(AGENCY_URL, IDENTITY ?? 'anna', {
  dir: PROFILE_DIR,
  key: Buffer.from(KEY_HEX, 'hex'),
  pageLimit: Number(PAGE_LIMIT ?? 10),
  onProgress: (p) => process.stdout.write(`page ${p.items}\n`),
});
await profile.engine.run();
profile.close();
process.stdout.write('done\n');
