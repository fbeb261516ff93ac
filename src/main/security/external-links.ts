/** Sites the app may hand to the system browser: the agency's public web, for forms and help. */
export const EXTERNAL_HOSTS: readonly string[] = ['www.migrationsverket.se', 'migrationsverket.se'];

/** Only https, only an exact host from the list, no credentials and no unusual port. */
export function isAllowedExternalUrl(raw: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && hosts.includes(url.hostname)
  );
}
