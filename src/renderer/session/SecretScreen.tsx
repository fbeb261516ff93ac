import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import { SECRET_MIN_LENGTH, type Session } from '../../shared/contract/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { useApplySession } from './SessionContext.tsx';
import { useScreenHeading } from './useScreenHeading.ts';

type NeedsSecretSession = Extract<Session, { state: 'needsSecret' }>;

/** The contract's upper bound (secretSchema); checked here so the person gets words, not INVALID_INPUT. */
const SECRET_MAX_LENGTH = 256;

interface FieldErrors {
  secret?: 'tooShort' | 'tooLong';
  repeat?: 'mismatch';
}

function validate(secret: string, repeat: string): FieldErrors {
  const errors: FieldErrors = {};
  if (secret.length < SECRET_MIN_LENGTH) errors.secret = 'tooShort';
  else if (secret.length > SECRET_MAX_LENGTH) errors.secret = 'tooLong';
  if (repeat !== secret) errors.repeat = 'mismatch';
  return errors;
}

/** First sign-in on this workstation: the person chooses the local password that protects the profile. */
export function SecretScreen({ session }: { session: NeedsSecretSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const apply = useApplySession();
  const errorText = useErrorText();
  const heading = useScreenHeading();
  const ids = { secret: useId(), repeat: useId(), hint: useId(), secretError: useId(), repeatError: useId() };
  const secretRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ContractError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = validate(secret, repeat);
    setErrors(found);
    setFailure(null);
    if (found.secret) return secretRef.current?.focus();
    if (found.repeat) return repeatRef.current?.focus();
    // Deriving the key takes about half a second; the fields stay focusable but read-only meanwhile.
    setBusy(true);
    const error = await apply(api.createProfile({ secret }));
    setBusy(false);
    setFailure(error);
  }

  const secretMessage =
    errors.secret === 'tooShort'
      ? t('secret.tooShort', { min: SECRET_MIN_LENGTH })
      : errors.secret === 'tooLong'
        ? t('secret.tooLong', { max: SECRET_MAX_LENGTH })
        : null;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('secret.title')}
      </h1>
      <p className="lead">{t('secret.greeting', { name: session.personName })}</p>
      <p>{t('secret.why')}</p>
      <p>{t('secret.notRecoverable')}</p>
      <form className="card form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={ids.secret}>{t('secret.secret')}</label>
          <input
            ref={secretRef}
            id={ids.secret}
            type="password"
            autoComplete="new-password"
            value={secret}
            readOnly={busy}
            aria-invalid={errors.secret ? true : undefined}
            aria-describedby={errors.secret ? `${ids.hint} ${ids.secretError}` : ids.hint}
            onChange={(event) => setSecret(event.target.value)}
          />
          <p id={ids.hint} className="field-hint">
            {t('secret.hint', { min: SECRET_MIN_LENGTH })}
          </p>
          {secretMessage && (
            <p id={ids.secretError} role="alert" className="field-error">
              {secretMessage}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.repeat}>{t('secret.repeat')}</label>
          <input
            ref={repeatRef}
            id={ids.repeat}
            type="password"
            autoComplete="new-password"
            value={repeat}
            readOnly={busy}
            aria-invalid={errors.repeat ? true : undefined}
            aria-describedby={errors.repeat ? ids.repeatError : undefined}
            onChange={(event) => setRepeat(event.target.value)}
          />
          {errors.repeat && (
            <p id={ids.repeatError} role="alert" className="field-error">
              {t('secret.mismatch')}
            </p>
          )}
        </div>
        {failure && (
          <p role="alert" className="error">
            {errorText(failure)}
          </p>
        )}
        <p aria-live="polite" className="busy">
          {busy ? t('secret.busy') : ''}
        </p>
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {t('secret.submit')}
          </button>
          <button type="button" className="button" onClick={() => void apply(api.cancelSignIn()).then(setFailure)}>
            {t('secret.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
