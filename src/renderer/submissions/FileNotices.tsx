import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { FileNotice } from './useStagedFiles.ts';

/**
 * Files that were not added, each with its reason in the person's language (the PDF check's own
 * words for a refusal), as an alert, until dismissed. Nothing of them is sent.
 */
export function FileNotices({ notices, onDismiss }: { notices: readonly FileNotice[]; onDismiss: (key: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (notices.length === 0) return null;
  return (
    <ul className="file-notices">
      {notices.map((notice) => (
        <li key={notice.key} className="file-notice">
          <div role="alert">
            <p className="file-notice-title">{t('compose.notAdded', { name: notice.name })}</p>
            <p>
              {notice.kind === 'refused'
                ? notice.message[language]
                : notice.kind === 'duplicate'
                  ? t('compose.duplicate', { other: notice.other })
                  : t(`compose.${notice.kind}`)}
            </p>
          </div>
          <button type="button" className="button" aria-label={t('compose.dismiss', { name: notice.name })} onClick={() => onDismiss(notice.key)}>
            {t('compose.dismissShort')}
          </button>
        </li>
      ))}
    </ul>
  );
}
