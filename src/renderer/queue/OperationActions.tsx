import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../shared/contract/outbox.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { CancelDialog } from './CancelDialog.tsx';
import { canCancel, canResend, canRetryNow } from './outbox-text.ts';

type Action = 'retryNow' | 'resendOperation' | 'cancelOperation';

interface OperationActionsProps {
  item: OutboxItem;
  onSaid: (text: string) => void;
  /** Where focus goes once a withdrawn operation has left the list under it. */
  focusPage: () => HTMLElement | null;
}

/**
 * "Försök nu", "Skicka igen" and "Återkalla", each only where main allows it: never for what is
 * being sent or was delivered. Withdrawing asks first; it cannot be undone.
 */
export function OperationActions({ item, onSaid, focusPage }: OperationActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [asking, setAsking] = useState(false);
  // Set just before the question closes after a withdrawal: focus then goes to the page, not to
  // the button, which leaves with its operation.
  const withdrawn = useRef(false);
  // A second click before React re-renders must not send a second request.
  const inFlight = useRef(false);

  async function run(action: Action): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(action);
    setError(null);
    const result = await api[action]({ opId: item.opId });
    inFlight.current = false;
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    return true;
  }

  const retry = canRetryNow(item);
  const resend = canResend(item);
  const cancel = canCancel(item);
  // The question stays while open even if the operation moved on meanwhile: its answer says so.
  if (!retry && !resend && !cancel && !asking && !error) return null;

  const cancelError = error && (error.code === 'INVALID_STATE' ? t('queue.cancelTooLate') : errorText(error));

  return (
    <div className="operation-actions">
      <div className="actions">
        {retry && (
          <button
            type="button"
            className="button"
            aria-disabled={busy !== null}
            onClick={() => void run('retryNow').then((done) => done && onSaid(t('queue.said.retrying')))}
          >
            {t('queue.retryNow')}
          </button>
        )}
        {resend && (
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy !== null}
            onClick={() => void run('resendOperation').then((done) => done && onSaid(t('queue.said.resent')))}
          >
            {t('queue.resend')}
          </button>
        )}
        {cancel && (
          <button
            type="button"
            className="button button-quiet-danger"
            aria-disabled={busy !== null}
            onClick={() => {
              setError(null);
              setAsking(true);
            }}
          >
            {t('queue.cancel')}
          </button>
        )}
      </div>
      {error && !asking && (
        <p role="alert" className="error">
          {cancelError}
        </p>
      )}
      {asking && (
        <CancelDialog
          kind={item.kind}
          busy={busy === 'cancelOperation'}
          error={cancelError}
          returnFocus={() => (withdrawn.current ? focusPage() : null)}
          onKeep={() => {
            setError(null);
            setAsking(false);
          }}
          onConfirm={() =>
            void run('cancelOperation').then((done) => {
              if (!done) return;
              withdrawn.current = true;
              setAsking(false);
              onSaid(t(`queue.said.cancelled.${item.kind}`));
            })
          }
        />
      )}
    </div>
  );
}
