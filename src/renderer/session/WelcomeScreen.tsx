import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import type { HostKind } from '../../shared/contract/schemas.ts';
import type { ProfileSummary, Session } from '../../shared/contract/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { formatDateTime } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useErrorText } from '../ui/useErrorText.ts';
import { RemoveProfileDialog } from './RemoveProfileDialog.tsx';
import { useApplySession } from './SessionContext.tsx';
import { SignInPanel } from './SignInPanel.tsx';
import { useScreenHeading } from './useScreenHeading.ts';

type WelcomeSession = Extract<Session, { state: 'welcome' }>;

/** The profile picker: the people who use this workstation, and sign-in for a new one. */
export function WelcomeScreen({ session, host }: { session: WelcomeSession; host: HostKind | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const apply = useApplySession();
  const errorText = useErrorText();
  const heading = useScreenHeading();
  const [removing, setRemoving] = useState<ProfileSummary | null>(null);
  const [error, setError] = useState<ContractError | null>(null);

  async function choose(profile: ProfileSummary) {
    setError(await apply(api.chooseProfile({ profileId: profile.id })));
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('welcome.title')}
      </h1>
      <p className="lead">{t('welcome.intro')}</p>
      <section className="card" aria-labelledby="profiles-heading">
        <h2 id="profiles-heading">{t('welcome.profilesHeading')}</h2>
        {session.profiles.length === 0 ? (
          <p>{t('welcome.noProfiles')}</p>
        ) : (
          <ul className="profile-list">
            {session.profiles.map((profile) => (
              <ProfileRow
                key={profile.id}
                profile={profile}
                onChoose={() => void choose(profile)}
                onRemove={() => setRemoving(profile)}
              />
            ))}
          </ul>
        )}
        {error && (
          <p role="alert" className="error">
            {errorText(error)}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="new-person-heading">
        <h2 id="new-person-heading">{t('welcome.newPersonHeading')}</h2>
        <SignInPanel signIn={session.signIn} host={host} beginLabel="signIn.begin" />
      </section>
      {removing && <RemoveProfileDialog profile={removing} onClose={() => setRemoving(null)} />}
    </>
  );
}

interface ProfileRowProps {
  profile: ProfileSummary;
  onChoose: () => void;
  onRemove: () => void;
}

function ProfileRow({ profile, onChoose, onRemove }: ProfileRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="profile">
      <div>
        <p className="profile-name">{profile.personName}</p>
        <p className="profile-meta">
          {profile.lastUsedAt
            ? t('welcome.lastUsed', { time: formatDateTime(profile.lastUsedAt, language) })
            : t('welcome.neverUsed')}
        </p>
      </div>
      <div className="actions">
        {/* The name in the label tells a screen reader whose profile each button acts on. */}
        <button
          type="button"
          className="button button-primary"
          aria-label={t('welcome.unlockPerson', { name: profile.personName })}
          onClick={onChoose}
        >
          {t('welcome.unlock')}
        </button>
        <button
          type="button"
          className="button button-quiet-danger"
          aria-label={t('welcome.removePerson', { name: profile.personName })}
          onClick={onRemove}
        >
          {t('welcome.remove')}
        </button>
      </div>
    </li>
  );
}
