import { useTranslation } from 'react-i18next';
import type { HostKind } from '../../shared/contract/schemas.ts';
import type { SignInProgress } from '../../shared/contract/session.ts';
import { SignInPanel } from './SignInPanel.tsx';

/** Stays while the agency sign-in has ended: the local data is still readable, sync waits. */
export function SignedOutBanner({ signIn, host }: { signIn: SignInProgress; host: HostKind | null }) {
  const { t } = useTranslation();
  return (
    <section className="banner" aria-label={t('banner.region')}>
      <p className="banner-text">{t('banner.signedOut')}</p>
      <SignInPanel signIn={signIn} host={host} beginLabel="signIn.again" />
    </section>
  );
}
