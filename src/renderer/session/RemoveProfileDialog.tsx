import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import type { ProfileSummary } from '../../shared/contract/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { useApplySession } from './SessionContext.tsx';

/** Removing a profile deletes unsent work too, so it is said plainly and cancel is the default. */
export function RemoveProfileDialog({ profile, onClose }: { profile: ProfileSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const apply = useApplySession();
  const errorText = useErrorText();
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const name = profile.personName;

  async function remove() {
    if (busy) return;
    setBusy(true);
    const failure = await apply(api.removeProfile({ profileId: profile.id }));
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <Dialog titleId={titleId} descriptionId={bodyId} onCancel={onClose}>
      <h2 id={titleId}>{t('removeProfile.title', { name })}</h2>
      <p id={bodyId}>{t('removeProfile.body', { name })}</p>
      <p>{t('removeProfile.agencyKeeps')}</p>
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {t('removeProfile.cancel')}
        </button>
        <button type="button" className="button button-danger" aria-disabled={busy} onClick={() => void remove()}>
          {busy ? t('removeProfile.busy') : t('removeProfile.confirm', { name })}
        </button>
      </div>
    </Dialog>
  );
}
