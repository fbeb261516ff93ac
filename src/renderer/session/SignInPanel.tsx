import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostKind } from '../../shared/contract/schemas.ts';
import type { SignInProgress } from '../../shared/contract/session.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useErrorText } from '../ui/useErrorText.ts';
import { useSignIn } from './useSignIn.ts';

interface SignInPanelProps {
  signIn: SignInProgress;
  host: HostKind | null;
  /** "Logga in med e-legitimation" for a new person, "Logga in igen" after the sign-in expired. */
  beginLabel: 'signIn.begin' | 'signIn.again';
}

/** The sign-in button, then "finish in the browser" with cancel and reopen, or why it failed. */
export function SignInPanel({ signIn, host, beginLabel }: SignInPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const { starting, error, begin, openAgain, cancel } = useSignIn(host);
  const waitingRef = useRef<HTMLParagraphElement>(null);
  const beginRef = useRef<HTMLButtonElement>(null);
  const waiting = signIn.status === 'waiting';
  const wasWaiting = useRef(waiting);

  // The button that was pressed disappears when the state changes: keep focus in the panel.
  useEffect(() => {
    if (wasWaiting.current === waiting) return;
    wasWaiting.current = waiting;
    if (document.activeElement && document.activeElement !== document.body) return;
    (waiting ? waitingRef.current : beginRef.current)?.focus();
  }, [waiting]);

  return (
    <div className="sign-in">
      <div aria-live="polite">
        {waiting && (
          <>
            <p ref={waitingRef} className="sign-in-waiting" tabIndex={-1}>
              {t('signIn.waiting')}
            </p>
            <p>{t('signIn.waitingHelp')}</p>
          </>
        )}
        {starting && <p>{t('signIn.starting')}</p>}
      </div>
      {signIn.status === 'waiting' ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => void openAgain(signIn.authorizeUrl)}>
            {t('signIn.openAgain')}
          </button>
          <button type="button" className="button" onClick={() => void cancel()}>
            {t('signIn.cancel')}
          </button>
        </div>
      ) : (
        <button
          ref={beginRef}
          type="button"
          className="button button-primary"
          aria-disabled={starting}
          onClick={() => void begin()}
        >
          {t(beginLabel)}
        </button>
      )}
      {(signIn.status === 'failed' || error) && (
        <div role="alert" className="error">
          {signIn.status === 'failed' && (
            <p>
              {t('signIn.failed')} {signIn.message[language]}
            </p>
          )}
          {error && <p>{errorText(error)}</p>}
        </div>
      )}
    </div>
  );
}
