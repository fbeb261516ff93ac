import type { Language } from '../../shared/contract/schemas.ts';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Date and time as a Swedish user reads them, in Swedish time whatever the laptop's zone. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}
