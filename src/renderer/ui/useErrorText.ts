import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Words a contract error for the person: the agency's own text when it gave one, else ours per code. */
export function useErrorText(): (error: ContractError) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (error) => {
    if (error.agency) return error.agency[language];
    if (error.code === 'INVALID_INPUT') {
      return t('errors.INVALID_INPUT', { detail: error.issues?.map((issue) => issue.message).join('; ') ?? '' });
    }
    return t(`errors.${error.code}`);
  };
}
