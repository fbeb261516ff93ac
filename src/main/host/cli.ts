// The browser host: the same core as in Electron, the contract over a loopback WebSocket, the
// same renderer build. Used where Electron cannot run, and by the end-to-end tests.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CoreClient } from '../core/client.ts';
import { createDispatch } from '../rpc/dispatch.ts';
import { log } from '../util/log.ts';
import { parseHostArgs } from './args.ts';
import { startBrowserHost } from './browser-host.ts';
import { defaultDataDir } from './paths.ts';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? ['xdg-open', [url]]
          : [null, []];
  if (!command) return;
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

const args = parseHostArgs(process.argv.slice(2));
const dataDir = args.dataDir ?? defaultDataDir();
const version = (JSON.parse(readFileSync(repo('package.json'), 'utf8')) as { version: string }).version;

const core = new CoreClient({
  dataDir,
  agencyUrl: args.agencyUrl,
  demoAgency: args.demoAgency,
  host: 'browser',
  version,
  // Tests keep their keychain entries apart from a developer's own.
  ...(process.env.BITRADE_KEYCHAIN_SERVICE ? { keychainService: process.env.BITRADE_KEYCHAIN_SERVICE } : {}),
});
await core.ready();
const host = await startBrowserHost({
  rendererRoot: repo('out/renderer'),
  preloadFile: repo('out/preload/browser.js'),
  dispatch: createDispatch(core),
  content: core,
  staging: core,
  port: args.port,
});
core.onEvent((name, payload) => host.emit(name, payload));

// The one line a script or a person needs: where the app is. The secret is in the fragment.
process.stdout.write(`Biträde Desktop: ${host.url}\n`);
log('info', 'app.ready', { host: 'browser', origin: host.origin });
if (args.open) openInBrowser(host.url);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await host.close();
  await core.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
