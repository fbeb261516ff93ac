/**
 * npm run agency -- --port P --seed demo|large [--data DIR] [--demo-controls] [--now ISO] [--reset]
 * Prints one line when ready: "Demo agency listening on http://127.0.0.1:PORT".
 */
import { parseArgs } from 'node:util';
import { startAgency, type SeedName } from './server.ts';

const USAGE = 'Usage: npm run agency -- --port P --seed demo|large [--data DIR] [--demo-controls] [--now ISO] [--reset]';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    seed: { type: 'string', default: 'demo' },
    data: { type: 'string' },
    'demo-controls': { type: 'boolean', default: false },
    now: { type: 'string' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535 || (values.seed !== 'demo' && values.seed !== 'large')) {
  console.error(USAGE);
  process.exit(2);
}
if (values.now !== undefined && !Number.isFinite(Date.parse(values.now))) {
  console.error(`--now must be an ISO instant, got ${values.now}`);
  process.exit(2);
}

const agency = await startAgency({
  port,
  seed: values.seed as SeedName,
  ...(values.data !== undefined ? { dataDir: values.data } : {}),
  demoControls: values['demo-controls'],
  ...(values.now !== undefined ? { now: values.now } : {}),
  reset: values.reset,
});
console.log(`Demo agency listening on ${agency.url}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  agency.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
