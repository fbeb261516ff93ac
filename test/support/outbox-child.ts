// The outbox sender in a process of its own, so a test can SIGKILL it at a chosen point of a
// delivery. Reports the points it passes on stdout; exits when the operation is delivered.
import { OutboxSender } from '../../src/main/outbox/sender.ts';
import { getRow } from '../../src/main/outbox/store.ts';
import { testProfile } from './test-profile.ts';

const { AGENCY_URL, PROFILE_DIR, KEY_HEX, OP_ID } = process.env;
if (!AGENCY_URL || !PROFILE_DIR || !KEY_HEX || !OP_ID) throw new Error('AGENCY_URL, PROFILE_DIR, KEY_HEX and OP_ID are required');

const profile = await testProfile(AGENCY_URL, 'anna', { dir: PROFILE_DIR, key: Buffer.from(KEY_HEX, 'hex') });
const say = (line: string) => process.stdout.write(`${line}\n`);
const fileState = () =>
  profile.db.prepare('SELECT upload_id IS NOT NULL AS created, uploaded, finished FROM outbox_file WHERE op_id = ? ORDER BY position').all(OP_ID) as {
    created: number;
    uploaded: number;
    finished: number;
  }[];

const sender = new OutboxSender(profile, {
  onChanged: () => {
    const state = getRow(profile.db, OP_ID)!.state;
    say(`state ${state}`);
    if (state === 'delivered' || state === 'attention') {
      void sender.stop().then(() => {
        profile.close();
        process.exit(state === 'delivered' ? 0 : 3);
      });
    }
  },
  onProgress: (p) => {
    const files = fileState();
    if (files.some((f) => f.created)) say('created');
    say(`bytes ${p.uploaded}`);
    if (files.every((f) => f.finished)) say('finished');
  },
  onDelivered: () => undefined,
});
// The sender's retry timer does not keep a process alive (the app has its own life): this does.
const alive = setInterval(() => undefined, 60_000);
void alive;
sender.start();
