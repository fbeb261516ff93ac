import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { INLAGA_DOCUMENT_TYPES, INLAGA_DOCUMENT_TYPE_LABEL, type InlagaDocumentType } from '../../shared/agency/documents.ts';
import { formatBytes } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { FileThumbnail } from './FileThumbnail.tsx';
import type { StagedDocument } from './useStagedFiles.ts';

interface StagedDocumentRowProps {
  doc: StagedDocument;
  /** Inlagor need a document type per document; överklaganden have none. */
  withType: boolean;
  /** The person tried to go on without a type: the select says what is missing. */
  showErrors: boolean;
  typeRef?: Ref<HTMLSelectElement>;
  onChange: (patch: Partial<Pick<StagedDocument, 'documentType' | 'title'>>) => void;
  onRemove: () => void;
}

/** One added document: its first page, name, pages and size, its type and title, and the bin. */
export function StagedDocumentRow({ doc, withType, showErrors, typeRef, onChange, onRemove }: StagedDocumentRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typeId = useId();
  const titleId = useId();
  const errorId = useId();
  const missingType = withType && showErrors && doc.documentType === '';

  if (doc.status === 'checking') {
    return (
      <li className="staged staged-checking" aria-busy="true">
        <div className="thumbnail thumbnail-pending" aria-hidden="true" />
        <p className="staged-name">{t('compose.checking', { name: doc.name })}</p>
        <RemoveButton name={doc.name} onRemove={onRemove} />
      </li>
    );
  }

  return (
    <li className="staged">
      <FileThumbnail file={doc.file} name={doc.name} />
      <div className="staged-body">
        <p className="staged-name">{doc.name}</p>
        <p className="staged-facts">{t('compose.facts', { pages: t('compose.pages', { count: doc.pages }), size: formatBytes(doc.size, language) })}</p>
        <div className="staged-fields">
          {withType && (
            <div className="field">
              <label htmlFor={typeId}>
                {t('compose.documentType')} <span className="visually-hidden">{t('compose.forFile', { name: doc.name })}</span>
              </label>
              <select
                ref={typeRef}
                id={typeId}
                value={doc.documentType}
                required
                aria-invalid={missingType}
                aria-describedby={missingType ? errorId : undefined}
                onChange={(event) => onChange({ documentType: event.target.value as InlagaDocumentType })}
              >
                <option value="" disabled>
                  {t('compose.chooseType')}
                </option>
                {INLAGA_DOCUMENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {INLAGA_DOCUMENT_TYPE_LABEL[type][language]}
                  </option>
                ))}
              </select>
              {missingType && (
                <p id={errorId} className="field-error">
                  {t('compose.typeRequired')}
                </p>
              )}
            </div>
          )}
          <div className="field">
            <label htmlFor={titleId}>
              {t('compose.title')} <span className="visually-hidden">{t('compose.forFile', { name: doc.name })}</span>
            </label>
            <input id={titleId} type="text" maxLength={200} value={doc.title} onChange={(event) => onChange({ title: event.target.value })} />
          </div>
        </div>
      </div>
      <RemoveButton name={doc.name} onRemove={onRemove} />
    </li>
  );
}

function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button bin-button" aria-label={t('compose.remove', { name })} title={t('compose.remove', { name })} onClick={onRemove}>
      <svg className="bin-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M9 3h6l1 2h4v2H4V5h4l1-2zm-3 6h12l-1 12H7L6 9zm4 2v8h2v-8h-2zm4 0v8h2v-8h-2z" />
      </svg>
    </button>
  );
}
