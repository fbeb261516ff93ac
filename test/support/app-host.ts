import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNode, type Started } from './processes.ts';

export interface AppHost extends Started {
  url: string;
  origin: string;
  dataDir: string;
}

/** The browser host from source, serving the built renderer (npm test builds it first). */
export async function startAppHost(agencyUrl: string, dataDir = mkdtempSync(join(tmpdir(), 'bitrade-data-'))): Promise<AppHost> {
  const started = await startNode(
    'src/main/host/cli.ts',
    ['--agency', agencyUrl, '--data', dataDir],
    /Biträde Desktop: (http:\/\/127\.0\.0\.1:\d+)\/#k=\S+/,
    { BITRADE_KEYCHAIN_SERVICE: `Biträde Desktop e2e ${randomUUID()}` },
  );
  const url = started.match[0].replace('Biträde Desktop: ', '');
  return { ...started, url, origin: started.match[1]!, dataDir };
}

/** An agency URL nothing listens on: the app must treat it as offline, not as an error. */
export const UNREACHABLE_AGENCY = 'http://127.0.0.1:9';
