import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import type { Session } from '../../shared/contract/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { useApplySession } from './SessionContext.tsx';
import { useScreenHeading } from './useScreenHeading.ts';

type LockedSession = Extract<Session, { state: 'locked' }>;

/** A chosen but closed profile: only the person's own name and why it is locked, no client data. */
export function UnlockScreen({ session }: { session: LockedSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const apply = useApplySession();
  const errorText = useErrorText();
  const heading = useScreenHeading();
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ContractError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (secret === '') return input.current?.focus();
    setBusy(true);
    setFailure(null);
    const error = await apply(api.unlock({ profileId: session.profile.id, secret }));
    setBusy(false);
    setFailure(error);
    // A wrong password: focus stays in the field with the text selected, ready to be typed again.
    if (error) input.current?.select();
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('unlock.title')}
      </h1>
      <p className="person-on-screen">{session.profile.personName}</p>
      <p className="lead">{t(`unlock.reason.${session.reason}`)}</p>
      <form className="card form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={inputId}>{t('unlock.secret')}</label>
          <input
            ref={input}
            id={inputId}
            type="password"
            autoComplete="current-password"
            value={secret}
            readOnly={busy}
            aria-invalid={failure?.code === 'WRONG_SECRET' ? true : undefined}
            aria-describedby={failure ? errorId : undefined}
            onChange={(event) => setSecret(event.target.value)}
          />
          {failure && (
            <p id={errorId} role="alert" className="field-error">
              {errorText(failure)}
            </p>
          )}
        </div>
        <p aria-live="polite" className="busy">
          {busy ? t('unlock.busy') : ''}
        </p>
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {t('unlock.submit')}
          </button>
          <button type="button" className="button" onClick={() => void apply(api.switchPerson()).then(setFailure)}>
            {t('unlock.switchPerson')}
          </button>
        </div>
      </form>
    </>
  );
}
