import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionAvailability } from '../../shared/domain/submission-rules.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { availabilityText } from './submission-text.ts';

type Kind = 'inlaga' | 'appeal';

interface SubmissionButtonsProps {
  name: string;
  inlaga: SubmissionAvailability;
  appeal: SubmissionAvailability;
}

/**
 * "Skicka in inlaga" and "Skicka in överklagande", enabled by the agency's rules (manual 3.2.2,
 * 3.2.4) and, when disabled, with the rule in words next to the button and in its description.
 */
export function SubmissionButtons({ name, inlaga, appeal }: SubmissionButtonsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState<Kind | null>(null);
  return (
    <section className="card overview-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('submissions.heading')}</h2>
      <div className="submissions">
        <SubmissionButton label={t('submissions.inlaga')} availability={inlaga} name={name} onOpen={() => setOpen('inlaga')} />
        <SubmissionButton label={t('submissions.appeal')} availability={appeal} name={name} onOpen={() => setOpen('appeal')} />
      </div>
      {open && <ComingSoonDialog title={t(open === 'inlaga' ? 'submissions.inlaga' : 'submissions.appeal')} onClose={() => setOpen(null)} />}
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

/** Sending is the next issue: the dialog says so plainly instead of pretending to send. */
function ComingSoonDialog({ title, onClose }: { title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog titleId={titleId} descriptionId={bodyId} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      <p id={bodyId}>{t('submissions.comingSoon')}</p>
      <p>{t('submissions.meanwhile')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          {t('submissions.close')}
        </button>
      </div>
    </Dialog>
  );
}
