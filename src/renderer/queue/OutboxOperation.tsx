import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INLAGA_DOCUMENT_TYPE_LABEL } from '../../shared/agency/documents.ts';
import type { OutboxItem, UploadProgress } from '../../shared/contract/outbox.ts';
import { formatBytes, formatDateTime, formatList } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { ProgressBar } from '../ui/ProgressBar.tsx';
import { OperationActions } from './OperationActions.tsx';
import { adviceText, errorText, fileProgress, stateText, uploadedBytes } from './outbox-text.ts';

interface OutboxOperationProps {
  item: OutboxItem;
  /** The whole queue, to name what a blocked operation waits for. */
  all: readonly OutboxItem[];
  live: UploadProgress | undefined;
  now: Date;
  onSaid: (text: string) => void;
  focusPage: () => HTMLElement | null;
}

/** One queued submission: for whom, what, where it stands, what went wrong and what can be done. */
export function OutboxOperation({ item, all, live, now, onSaid, focusPage }: OutboxOperationProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const names = formatList(
    item.summary.individuals.map((i) => i.name),
    language,
  );
  const { uploaded, total } = uploadedBytes(item, live);
  const perFile = fileProgress(item, uploaded);
  const problem = errorText(item, language, t);
  const advice = adviceText(item, t);
  const blocker = item.blockedBy === null ? null : all.find((i) => i.opId === item.blockedBy);
  const showBar = item.state === 'sending' || ((item.state === 'queued' || item.state === 'attention') && uploaded > 0);
  const bytes = (n: number) => formatBytes(n, language);

  return (
    <li className={`operation operation-${item.state}`}>
      <article aria-labelledby={headingId}>
      <h3 id={headingId}>{t('queue.itemHeading', { kind: t(`queue.kind.${item.kind}`), names })}</h3>
      <p className="operation-meta">{t('queue.createdAt', { time: formatDateTime(item.createdAt, language) })}</p>
      <p className="operation-state">
        <span className={`state-tag state-${item.state}`}>{stateText(item, language, t, now)}</span>
      </p>
      {item.blockedBy !== null && <p className="operation-note">{t(`queue.blocked.${blocker?.kind ?? 'inlaga'}`)}</p>}
      {problem && (
        <div className={item.state === 'attention' ? 'operation-problem operation-problem-attention' : 'operation-problem'}>
          <p>{problem}</p>
          {advice && <p className="operation-advice">{advice}</p>}
        </div>
      )}
      {showBar && (
        <div className="operation-progress">
          <ProgressBar
            label={t('queue.progressLabel', { kind: t(`queue.kind.${item.kind}`) })}
            value={uploaded}
            max={total}
            text={t('queue.progress', { uploaded: bytes(uploaded), total: bytes(total) })}
          />
          <p className="operation-bytes">{t('queue.progress', { uploaded: bytes(uploaded), total: bytes(total) })}</p>
        </div>
      )}
      <ul className="operation-files" aria-label={t('queue.documents')}>
        {item.summary.documents.map((doc, index) => {
          const details = [
            doc.documentType ? INLAGA_DOCUMENT_TYPE_LABEL[doc.documentType][language] : null,
            t('queue.pages', { count: doc.pages }),
            showBar ? t('queue.progress', { uploaded: bytes(perFile[index] ?? 0), total: bytes(doc.size) }) : bytes(doc.size),
          ].filter((part) => part !== null);
          return (
            // Position is the identity: the same file may be sent twice in one operation.
            <li key={index}>
              <span className="operation-file-name">{doc.title ?? doc.fileName}</span>
              {doc.title && <span className="operation-file-original"> ({doc.fileName})</span>}
              <span className="operation-file-details"> · {details.join(' · ')}</span>
            </li>
          );
        })}
      </ul>
      <OperationActions item={item} onSaid={onSaid} focusPage={focusPage} />
      </article>
    </li>
  );
}
