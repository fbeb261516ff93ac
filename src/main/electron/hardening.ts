import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../security/external-links.ts';
import { isAppUrl } from '../security/app-origin.ts';
import { log } from '../util/log.ts';

/** No camera, microphone, location, notifications-by-web-API or any other permission for web content. */
export function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.on('will-download', (event) => event.preventDefault());
}

function openOutside(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  else log('warn', 'navigation.blocked', { scheme: url.split(':')[0] ?? '' });
}

/** Every web contents stays on the app origin; allowed https links go to the system browser. */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) {
        event.preventDefault();
        openOutside(url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
  });
}
