// The Electron host: a thin shell around the core. Everything that is not about windows,
// IPC or the operating system lives outside this folder and runs in Node as well.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { eventNames } from '../../shared/contract/contract.ts';
import { CoreClient } from '../core/client.ts';
import { createDispatch } from '../rpc/dispatch.ts';
import { parseHostArgs } from '../host/args.ts';
import { log } from '../util/log.ts';
import { denyAllPermissions, lockDownWebContents } from './hardening.ts';
import { electronHostHandlers, lockWithTheComputer } from './host-handlers.ts';
import { registerIpcHandlers, sendEvent } from './ipc.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { startUpdateChecks } from './updates.ts';
import { createMainWindow } from './window.ts';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/electron.cjs');

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second start only brings the running window forward (see 'second-instance').
  app.quit();
} else {
  const args = parseHostArgs(process.argv.slice(1));
  if (args.dataDir) app.setPath('userData', args.dataDir);
  const dataDir = app.getPath('userData');
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    denyAllPermissions();
    lockDownWebContents();
    const core = new CoreClient({
      dataDir,
      agencyUrl: args.agencyUrl,
      demoAgency: args.demoAgency,
      host: 'electron',
      version: app.getVersion(),
    });
    await core.ready();
    handleAppProtocol(rendererRoot, core, core);
    registerIpcHandlers(createDispatch(core, electronHostHandlers(core)));
    lockWithTheComputer(core);
    core.onEvent((name, payload) => {
      if (!eventNames.includes(name)) return;
      for (const window of BrowserWindow.getAllWindows()) sendEvent(window.webContents, name, payload);
    });

    mainWindow = createMainWindow(dataDir, preloadPath);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(dataDir, preloadPath);
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    let quitting = false;
    app.on('before-quit', (event) => {
      if (quitting) return;
      event.preventDefault();
      quitting = true;
      void core.close().finally(() => app.quit());
    });
    startUpdateChecks();
    log('info', 'app.ready', { host: 'electron' });
  });
}
