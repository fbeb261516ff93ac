import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../shared/contract/appointments.ts';
import { formatDay } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { Fact } from './AppointmentInfo.tsx';
import { GroupMembers } from './GroupMembers.tsx';

interface IndividualDetailsProps {
  individual: Overview['individual'];
  members: Overview['group']['members'];
  onOpenMember: (appointmentId: string) => void;
}

/** Part 4 of the overview (manual 3.2.3): who the person is, how to reach them, and their group. */
export function IndividualDetails({ individual, members, onOpenMember }: IndividualDetailsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section className="card overview-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('individual.heading')}</h2>
      <dl className="facts">
        <Fact label={t('individual.name')}>{individual.name}</Fact>
        <Fact label={t('individual.individualNumber')}>{individual.individualNumber}</Fact>
        <Fact label={t('individual.birthDate')}>{formatDay(individual.birthDate, language)}</Fact>
        <Fact label={t('individual.citizenship')}>{individual.citizenship}</Fact>
      </dl>
      <ContactDetails contact={individual.contact} />
      {members.length > 1 && <GroupMembers members={members} onOpen={onOpenMember} />}
    </section>
  );
}

/**
 * Contact details, also protected ones (the manual shows them). Protected ones get a text label,
 * a pattern and a border, never colour alone, and the label names the group for screen readers.
 */
function ContactDetails({ contact }: { contact: Overview['individual']['contact'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const protectedId = useId();
  if (!contact) {
    return (
      <div className="contact">
        <h3 id={headingId}>{t('individual.contactHeading')}</h3>
        <p className="contact-hidden">{t('individual.contactHidden')}</p>
      </div>
    );
  }
  const value = (v: string | null) => v ?? <span className="missing">{t('individual.missing')}</span>;
  return (
    <div
      className={contact.protected ? 'contact contact-protected' : 'contact'}
      role="group"
      aria-labelledby={contact.protected ? `${headingId} ${protectedId}` : headingId}
    >
      <h3 id={headingId}>{t('individual.contactHeading')}</h3>
      {contact.protected && (
        <>
          <p id={protectedId} className="protected-label">
            <span className="protected-icon" aria-hidden="true">
              !
            </span>
            {t('individual.protected')}
          </p>
          <p className="protected-help">{t('individual.protectedHelp')}</p>
        </>
      )}
      <dl className="facts">
        <Fact label={t('individual.phone')}>{value(contact.phone)}</Fact>
        <Fact label={t('individual.email')}>{value(contact.email)}</Fact>
        <Fact label={t('individual.address')}>{value(contact.address)}</Fact>
      </dl>
    </div>
  );
}
