import { useTranslation } from 'react-i18next';
import { languageSchema, type Language } from '../../shared/contract/schemas.ts';

/** The interface language as the contract's type; Swedish when i18next reports anything else. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const parsed = languageSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : 'sv';
}
