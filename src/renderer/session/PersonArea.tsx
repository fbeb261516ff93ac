import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import type { CounselRef, Session } from '../../shared/contract/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { useApplySession } from './SessionContext.tsx';
import { SignOutDialog } from './SignOutDialog.tsx';
import { lockShortcutLabel } from './useLockShortcut.ts';
import { useSignOut } from './useSignOut.ts';

type UnlockedSession = Extract<Session, { state: 'unlocked' }>;

/** Who is working, for whom, and the ways out: lock and sign out. */
export function PersonArea({ session, platform }: { session: UnlockedSession; platform: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const apply = useApplySession();
  const errorText = useErrorText();
  const signOut = useSignOut();
  const [error, setError] = useState<ContractError | null>(null);
  const shortcut = lockShortcutLabel(platform);
  const problem = error ?? signOut.error;

  return (
    <section className="person" aria-label={t('person.region')}>
      <p className="person-name">{session.profile.personName}</p>
      <CounselChoice session={session} onError={setError} />
      <div className="person-actions">
        <button
          type="button"
          className="button-quiet"
          aria-keyshortcuts="Control+L Meta+L"
          title={t('person.lockShortcut', { keys: shortcut })}
          onClick={() => void apply(api.lock()).then(setError)}
        >
          {t('person.lock')} <kbd aria-hidden="true">{shortcut}</kbd>
        </button>
        <button type="button" className="button-quiet" aria-disabled={signOut.busy} onClick={() => void signOut.start()}>
          {t('person.signOut')}
        </button>
      </div>
      {problem && signOut.state.step === 'idle' && (
        <p role="alert" className="error-on-dark">
          {errorText(problem)}
        </p>
      )}
      {signOut.state.step !== 'idle' && (
        <SignOutDialog
          step={signOut.state.step}
          count={signOut.state.count}
          busy={signOut.busy}
          error={signOut.error}
          onKeep={signOut.keep}
          onDiscard={signOut.askDiscard}
          onConfirmDiscard={signOut.confirmDiscard}
          onCancel={signOut.cancel}
        />
      )}
    </section>
  );
}

function counselLabel(counsel: CounselRef, t: ReturnType<typeof useTranslation>['t']): string {
  return counsel.relation === 'self' ? t('person.selfCounsel', { name: counsel.name }) : counsel.name;
}

/** An assistant acting for several counsel picks whose work is shown; with one there is nothing to pick. */
function CounselChoice({ session, onError }: { session: UnlockedSession; onError: (error: ContractError | null) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const apply = useApplySession();
  const selectId = useId();
  const { actsFor } = session;

  if (actsFor.length === 1 && actsFor[0]?.relation === 'assistant') {
    return <p className="person-detail">{t('person.actsForOne', { name: actsFor[0].name })}</p>;
  }
  if (actsFor.length <= 1) return null;
  return (
    <div className="person-counsel">
      <label htmlFor={selectId}>{t('person.actsFor')}</label>
      <select
        id={selectId}
        value={session.activeCounselId ?? ''}
        onChange={(event) => void apply(api.selectCounsel({ counselId: event.target.value })).then(onError)}
      >
        {session.activeCounselId === null && <option value="" disabled />}
        {actsFor.map((counsel) => (
          <option key={counsel.counselId} value={counsel.counselId}>
            {counselLabel(counsel, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
