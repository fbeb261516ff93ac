import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useErrorText } from '../ui/useErrorText.ts';

interface SignOutDialogProps {
  step: 'ask' | 'confirmDiscard';
  count: number;
  busy: boolean;
  error: ContractError | null;
  onKeep: () => void;
  onDiscard: () => void;
  onConfirmDiscard: () => void;
  onCancel: () => void;
}

/** The question about unsent work at sign-out; the safe answer has focus at each step. */
export function SignOutDialog(props: SignOutDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const titleId = useId();
  const bodyId = useId();
  const { step, count, busy, error } = props;
  const alert = error && (
    <p role="alert" className="error">
      {errorText(error)}
    </p>
  );

  // A new Dialog per step, so focus moves to the new step's safe choice.
  if (step === 'ask') {
    return (
      <Dialog key="ask" titleId={titleId} descriptionId={bodyId} onCancel={props.onCancel}>
        <h2 id={titleId}>{t('signOut.title')}</h2>
        <p id={bodyId}>{t('signOut.unsent', { count })}</p>
        <p>{t('signOut.keepExplained')}</p>
        {alert}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onCancel}>
            {t('signOut.cancel')}
          </button>
          <button type="button" className="button button-quiet-danger" onClick={props.onDiscard}>
            {t('signOut.discard')}
          </button>
          <button type="button" className="button button-primary" data-autofocus aria-disabled={busy} onClick={props.onKeep}>
            {t('signOut.keep')}
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog key="confirm" titleId={titleId} descriptionId={bodyId} onCancel={props.onCancel}>
      <h2 id={titleId}>{t('signOut.confirmTitle')}</h2>
      <p id={bodyId}>{t('signOut.confirmBody', { count })}</p>
      {alert}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={props.onCancel}>
          {t('signOut.cancel')}
        </button>
        <button type="button" className="button button-danger" aria-disabled={busy} onClick={props.onConfirmDiscard}>
          {t('signOut.confirmDiscard')}
        </button>
      </div>
    </Dialog>
  );
}
