import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog.tsx';

/** Closing a submission with documents added: keeping them is the safe answer and has focus. */
export function DiscardDialog({ count, onKeep, onDiscard }: { count: number; onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog titleId={titleId} descriptionId={bodyId} onCancel={onKeep}>
      <h2 id={titleId}>{t('compose.discardTitle')}</h2>
      <p id={bodyId}>{t('compose.discardBody', { count })}</p>
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onKeep}>
          {t('compose.keepEditing')}
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard}>
          {t('compose.discardAndClose')}
        </button>
      </div>
    </Dialog>
  );
}
