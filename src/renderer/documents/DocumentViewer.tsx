import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostKind } from '../../shared/contract/schemas.ts';
import { formatBytes } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ProgressBar } from '../ui/ProgressBar.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { openErrorText } from './document-text.ts';
import { PdfView } from './PdfView.tsx';
import { SaveOneControl } from './SaveOneControl.tsx';
import type { ViewerState } from './useDocumentOpener.ts';
import './viewer.css';

interface DocumentViewerProps {
  state: Exclude<ViewerState, { step: 'closed' }>;
  host: HostKind | null;
  onClose: () => void;
}

/**
 * The in-app viewer: download progress while main fetches the content, the reason when it cannot,
 * then the pages. A modal dialog, so the list and its filter are untouched behind it.
 */
export function DocumentViewer({ state, host, onClose }: DocumentViewerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const titleId = useId();
  const statusId = useId();

  return (
    <Dialog titleId={titleId} className="dialog-viewer" onCancel={onClose}>
      <div className="viewer-head">
        <h2 id={titleId}>{state.doc.title}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('viewer.close')}
        </button>
      </div>
      {state.step === 'fetching' && (
        <div className="viewer-fetching">
          <p id={statusId} aria-live="polite">
            {state.progress ? t('viewer.downloading') : t('viewer.opening')}
          </p>
          {state.progress && (
            <ProgressBar
              label={t('viewer.progressLabel')}
              value={state.progress.bytes}
              max={state.progress.total}
              text={t('viewer.progress', {
                bytes: formatBytes(state.progress.bytes, language),
                total: formatBytes(state.progress.total, language),
              })}
            />
          )}
        </div>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="error">
          {openErrorText(state.error, t, errorText)}
        </p>
      )}
      {state.step === 'open' && <PdfView url={state.opened.url} actions={<SaveOneControl host={host} doc={state.doc} opened={state.opened} />} />}
    </Dialog>
  );
}
