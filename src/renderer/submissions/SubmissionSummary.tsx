import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { INLAGA_DOCUMENT_TYPE_LABEL } from '../../shared/agency/documents.ts';
import { formatBytes } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { StagedDocument } from './useStagedFiles.ts';

export interface SummaryIndividual {
  individualId: string;
  name: string;
  individualNumber: string;
}

interface SubmissionSummaryProps {
  individuals: readonly SummaryIndividual[];
  documents: readonly StagedDocument[];
  withTypes: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Exactly what "Skicka till Migrationsverket" will send: for whom, and each document as it goes. */
export function SubmissionSummary({ individuals, documents, withTypes, headingRef }: SubmissionSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="summary">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('compose.summaryHeading')}
      </h3>
      <h4>{t('compose.summaryIndividuals', { count: individuals.length })}</h4>
      <ul className="summary-list" aria-label={t('compose.summaryIndividuals', { count: individuals.length })}>
        {individuals.map((i) => (
          <li key={i.individualId}>{t('compose.summaryIndividual', { name: i.name, individualNumber: i.individualNumber })}</li>
        ))}
      </ul>
      <h4>{t('compose.summaryDocuments', { count: documents.length })}</h4>
      <ul className="summary-list" aria-label={t('compose.summaryDocuments', { count: documents.length })}>
        {documents.map((doc) => {
          const title = doc.title.trim();
          const parts = [
            withTypes && doc.documentType !== '' ? INLAGA_DOCUMENT_TYPE_LABEL[doc.documentType][language] : null,
            t('compose.pages', { count: doc.pages }),
            formatBytes(doc.size, language),
          ].filter((p) => p !== null);
          return (
            <li key={doc.key}>
              <span className="summary-doc">{title === '' ? doc.name : t('compose.titledFile', { title, name: doc.name })}</span>
              {' – '}
              {parts.join(', ')}
            </li>
          );
        })}
      </ul>
      <p className="field-hint">{t('compose.summaryOffline')}</p>
    </div>
  );
}
