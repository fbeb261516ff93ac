import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../shared/contract/appointments.ts';
import type { SubmissionAvailability } from '../../shared/domain/submission-rules.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { AppealDialog } from '../submissions/AppealDialog.tsx';
import { InlagaDialog } from '../submissions/InlagaDialog.tsx';
import { availabilityText } from './submission-text.ts';

type Kind = 'inlaga' | 'appeal';


/**
 * "Skicka in inlaga" and "Skicka in överklagande", enabled by the agency's rules (manual 3.2.2,
 * 3.2.4) and, when disabled, with the rule in words next to the button and in its description.
 */
export function SubmissionButtons({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState<Kind | null>(null);
  const { inlaga, appeal } = overview.actions;
  const { name } = overview.individual;
  return (
    <section className="card overview-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('submissions.heading')}</h2>
      <div className="submissions">
        <SubmissionButton label={t('submissions.inlaga')} availability={inlaga} name={name} onOpen={() => setOpen('inlaga')} />
        <SubmissionButton label={t('submissions.appeal')} availability={appeal} name={name} onOpen={() => setOpen('appeal')} />
      </div>
      {/* Once open, a dialog stays even if a sync changes the rules meanwhile: main checks them
          again when queueing and says why, and nothing the person added is dropped unasked. */}
      {open === 'inlaga' && <InlagaDialog overview={overview} onClose={() => setOpen(null)} />}
      {open === 'appeal' && <AppealDialog overview={overview} onClose={() => setOpen(null)} />}
    </section>
  );
}

interface SubmissionButtonProps {
  label: string;
  availability: SubmissionAvailability;
  name: string;
  onOpen: () => void;
}

function SubmissionButton({ label, availability, name, onOpen }: SubmissionButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const noteId = useId();
  const note = availabilityText(availability, name, language, t);
  return (
    <div className="submission">
      {/* aria-disabled, not disabled: the button stays reachable, so its reason can be heard. */}
      <button
        type="button"
        className="button button-primary"
        aria-disabled={!availability.allowed}
        aria-describedby={note ? noteId : undefined}
        onClick={() => {
          if (availability.allowed) onOpen();
        }}
      >
        {label}
      </button>
      {note && (
        <p id={noteId} className={availability.allowed ? 'submission-note submission-deadline' : 'submission-note'}>
          {note}
        </p>
      )}
    </div>
  );
}
