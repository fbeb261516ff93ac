import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../shared/contract/outbox.ts';
import type { ContractError, Result } from '../../shared/contract/result.ts';
import { useGoTo } from '../app/NavigationContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { AddDocuments } from './AddDocuments.tsx';
import { DiscardDialog } from './DiscardDialog.tsx';
import { FileNotices } from './FileNotices.tsx';
import { StagedDocumentRow } from './StagedDocumentRow.tsx';
import { SubmissionSummary, type SummaryIndividual } from './SubmissionSummary.tsx';
import type { StagedFiles } from './useStagedFiles.ts';
import './submissions.css';

type Step = 'compose' | 'summary' | 'queued';
type Problem = 'noDocuments' | 'checking' | 'missingTypes';

interface SubmissionDialogProps {
  kind: OutboxItem['kind'];
  title: string;
  files: StagedFiles;
  /** Inlagor: a document type per document. */
  withTypes: boolean;
  /** Above the documents in every step until queued (the appeal's last day). */
  intro?: ReactNode;
  introId?: string;
  /** Below the documents: whom it concerns. */
  scope: ReactNode;
  individuals: readonly SummaryIndividual[];
  queue: () => Promise<Result<OutboxItem>>;
  onClose: () => void;
}

/**
 * An inlaga or an överklagande put together in three steps: add and describe the documents,
 * see exactly what will be sent, then queue it (online or not) and say so. Nothing the person
 * added is lost to an error, and closing with documents added asks first.
 */
export function SubmissionDialog(props: SubmissionDialogProps) {
  const { kind, files, withTypes, intro, introId, scope, individuals, queue, onClose } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const goTo = useGoTo();
  const titleId = useId();
  const hintId = useId();
  const documentsId = useId();
  const [step, setStep] = useState<Step>('compose');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [asking, setAsking] = useState(false);
  // Set on the first press of the final button and kept: one dialog queues one submission.
  const sent = useRef(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const queuedHeading = useRef<HTMLHeadingElement>(null);
  const typeSelects = useRef(new Map<string, HTMLSelectElement>());
  const shownStep = useRef<Step>('compose');

  const { documents } = files;
  const missingTypes = withTypes ? documents.filter((d) => d.status === 'ready' && d.documentType === '') : [];
  const checking = documents.some((d) => d.status === 'checking');
  // A problem is shown only while it still holds: adding a file clears "add at least one".
  const currentProblem =
    problem === 'noDocuments' && documents.length === 0
      ? t('compose.needDocument')
      : problem === 'checking' && checking
        ? t('compose.stillChecking')
        : problem === 'missingTypes' && missingTypes.length > 0
          ? t('compose.missingTypes', { count: missingTypes.length })
          : null;

  // A file dropped beside the drop zone must not make the window open it in place of the app.
  useEffect(() => {
    const ignore = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);

  // Each step's heading takes focus, so the change is heard; back to compose, the button pressed.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (step === 'summary') summaryHeading.current?.focus();
    else if (step === 'queued') queuedHeading.current?.focus();
    else reviewButton.current?.focus();
  }, [step]);

  function review() {
    if (documents.length === 0) {
      setProblem('noDocuments');
      addButton.current?.focus();
      return;
    }
    if (checking) return setProblem('checking');
    if (missingTypes.length > 0) {
      setProblem('missingTypes');
      setShowErrors(true);
      typeSelects.current.get(missingTypes[0]!.key)?.focus();
      return;
    }
    setProblem(null);
    setStep('summary');
  }

  async function send() {
    if (sent.current) return;
    sent.current = true;
    setBusy(true);
    setError(null);
    const result = await queue();
    setBusy(false);
    if (!result.ok) {
      // Not queued: everything stays as it was, to fix and send again.
      sent.current = false;
      setError(result.error);
      return;
    }
    files.handedOver();
    setStep('queued');
  }

  function requestClose() {
    if (busy) return;
    if (step !== 'queued' && documents.length > 0) setAsking(true);
    else onClose();
  }

  return (
    <>
      <Dialog titleId={titleId} descriptionId={introId ?? hintId} className="dialog-submission" onCancel={requestClose}>
        <h2 id={titleId}>{props.title}</h2>
        {step !== 'queued' && intro}
        <p className="visually-hidden" aria-live="polite">
          {files.said && <span key={files.said.seq}>{files.said.text}</span>}
        </p>
        {step === 'compose' && (
          <>
            <section className="compose-documents" aria-labelledby={documentsId}>
              <h3 id={documentsId}>{t(`compose.documentsHeading.${kind}`)}</h3>
              <p id={hintId} className="field-hint">
                {t('compose.pdfOnly')}
              </p>
              {documents.length > 0 ? (
                <ul className="staged-list">
                  {documents.map((doc) => (
                    <StagedDocumentRow
                      key={doc.key}
                      doc={doc}
                      withType={withTypes}
                      showErrors={showErrors}
                      typeRef={(el) => {
                        if (el) typeSelects.current.set(doc.key, el);
                        else typeSelects.current.delete(doc.key);
                      }}
                      onChange={(patch) => files.update(doc.key, patch)}
                      onRemove={() => files.remove(doc.key)}
                    />
                  ))}
                </ul>
              ) : (
                <p className="staged-empty">{t('compose.noDocuments')}</p>
              )}
              <FileNotices notices={files.notices} onDismiss={files.dismissNotice} />
              <AddDocuments onAdd={files.add} buttonRef={addButton} describedBy={hintId} />
            </section>
            {scope}
            {currentProblem && (
              <p role="alert" className="error">
                {currentProblem}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={requestClose}>
                {t('compose.cancel')}
              </button>
              <button ref={reviewButton} type="button" className="button button-primary" onClick={review}>
                {t('compose.review')}
              </button>
            </div>
          </>
        )}
        {step === 'summary' && (
          <>
            <SubmissionSummary individuals={individuals} documents={documents} withTypes={withTypes} headingRef={summaryHeading} />
            {error && (
              <p role="alert" className="error">
                {errorText(error)}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && setStep('compose')}>
                {t('compose.back')}
              </button>
              <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void send()}>
                {busy ? t('compose.sending') : t('compose.send')}
              </button>
            </div>
          </>
        )}
        {step === 'queued' && (
          <div className="queued">
            <h3 ref={queuedHeading} tabIndex={-1}>
              {t('compose.queuedHeading')}
            </h3>
            <p role="status">{t(`compose.queued.${kind}`)}</p>
            <p>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onClose();
                  goTo('queue');
                }}
              >
                {t('compose.showQueue')}
              </button>
            </p>
            <div className="dialog-actions">
              <button type="button" className="button button-primary" onClick={onClose}>
                {t('compose.close')}
              </button>
            </div>
          </div>
        )}
      </Dialog>
      {asking && (
        <DiscardDialog
          count={documents.length}
          onKeep={() => setAsking(false)}
          onDiscard={() => {
            setAsking(false);
            void files.discardAll();
            onClose();
          }}
        />
      )}
    </>
  );
}
