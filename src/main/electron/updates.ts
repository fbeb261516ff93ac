import { app } from 'electron';
import electronUpdater from 'electron-updater';
import { describeError, log } from '../util/log.ts';

const SIX_HOURS = 6 * 60 * 60 * 1000;

/**
 * Checks the generic update feed (electron-builder.yml `publish`) in packaged builds only.
 * Updates download in the background and install on the next quit, so nobody loses their place.
 */
export function startUpdateChecks(): void {
  if (!app.isPackaged) return;
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', (error) => log('warn', 'update.failed', { detail: describeError(error) }));
  const check = () => void autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => log('warn', 'update.failed', { detail: describeError(error) }));
  check();
  setInterval(check, SIX_HOURS).unref();
}
