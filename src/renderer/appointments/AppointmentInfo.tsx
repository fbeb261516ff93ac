import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../shared/contract/appointments.ts';
import { formatDay } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Part 1 of the overview (manual 3.2.1): when the appointment started, where, and how it ended. */
export function AppointmentInfo({ appointment }: { appointment: Overview['appointment'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const day = (iso: string) => formatDay(iso, language);
  const { workplace, decision } = appointment;

  return (
    <section className="card overview-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('overview.appointmentHeading')}
        {appointment.status !== 'active' && ' '}
        {appointment.status !== 'active' && <span className="tag tag-warn">{t(`overview.status.${appointment.status}`)}</span>}
      </h2>
      <dl className="facts">
        <Fact label={t('overview.startedOn')}>{day(appointment.startedOn)}</Fact>
        <Fact label={t('overview.workplace')}>
          {workplace ? (
            <>
              {workplace.name}
              <br />
              {workplace.street}
              <br />
              {workplace.postcode} {workplace.city}
            </>
          ) : (
            t('overview.noWorkplace')
          )}
        </Fact>
        {decision && (
          <Fact label={t('overview.decision')}>
            {t('overview.decisionText', { outcome: t(`overview.outcome.${decision.outcome}`), date: day(decision.notifiedOn) })}
          </Fact>
        )}
        {appointment.endedOn && <Fact label={t('overview.endedOn')}>{day(appointment.endedOn)}</Fact>}
        {appointment.releasedOn && <Fact label={t('overview.releasedOn')}>{day(appointment.releasedOn)}</Fact>}
        {appointment.visibleUntil && <Fact label={t('overview.visibleUntil')}>{day(appointment.visibleUntil)}</Fact>}
      </dl>
    </section>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
