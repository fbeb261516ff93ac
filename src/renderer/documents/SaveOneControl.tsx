import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRow, OpenedDocument } from '../../shared/contract/appointments.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import type { HostKind } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { safeFileName } from './document-text.ts';

interface SaveOneControlProps {
  host: HostKind | null;
  doc: DocumentRow;
  opened: OpenedDocument;
}

/**
 * Saving the open document. In Electron main asks where with the OS's dialog and writes the file;
 * the browser host cannot, so there the content URL is a download link the browser saves.
 */
export function SaveOneControl({ host, doc, opened }: SaveOneControlProps) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<ContractError | null>(null);

  if (host === null) return null;
  if (host === 'browser') {
    return (
      <a className="button" href={`${opened.url}?download=1`} download={safeFileName(doc.title, doc.registeredOn)}>
        {t('viewer.save')}
      </a>
    );
  }

  async function save() {
    if (state === 'saving') return;
    setState('saving');
    setError(null);
    const result = await api.saveDocument({ documentId: doc.documentId });
    if (!result.ok) setError(result.error);
    setState(result.ok && result.value.saved ? 'saved' : 'idle');
  }

  return (
    <>
      <button type="button" className="button" aria-disabled={state === 'saving'} onClick={() => void save()}>
        {state === 'saving' ? t('viewer.saving') : t('viewer.save')}
      </button>
      <span className="viewer-saved" aria-live="polite">
        {state === 'saved' ? t('viewer.saved') : ''}
      </span>
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
    </>
  );
}
