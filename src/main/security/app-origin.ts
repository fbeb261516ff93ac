/** The renderer's own origin in the Electron host: a privileged standard scheme, not file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bitrade';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * True when a URL belongs to the app's origin. Node's URL gives custom schemes an opaque
 * origin ("null"), so scheme and host are compared instead.
 */
export function isAppUrl(raw: string | undefined | null, scheme = APP_SCHEME, host = APP_HOST): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${scheme}:` && url.host === host && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** An IPC message is trusted only from the main frame of our own page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
