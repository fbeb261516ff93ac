import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../shared/contract/outbox.ts';
import { Dialog } from '../ui/Dialog.tsx';

interface CancelDialogProps {
  kind: OutboxItem['kind'];
  busy: boolean;
  error: string | null;
  returnFocus: () => HTMLElement | null;
  onKeep: () => void;
  onConfirm: () => void;
}

/** "Återkalla inlagan?": keeping it is the safe answer and has focus. */
export function CancelDialog({ kind, busy, error, returnFocus, onKeep, onConfirm }: CancelDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog titleId={titleId} descriptionId={bodyId} onCancel={onKeep} returnFocus={returnFocus}>
      <h2 id={titleId}>{t(`queue.cancelTitle.${kind}`)}</h2>
      <p id={bodyId}>{t('queue.cancelBody')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onKeep}>
          {t('queue.keep')}
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {t('queue.confirmCancel')}
        </button>
      </div>
    </Dialog>
  );
}
