// Document wording and file names: pure, so each is testable without rendering.
import type { TFunction } from 'i18next';
import { DOCUMENT_CATEGORY_LABEL, DOCUMENT_KIND_INFO } from '../../shared/agency/documents.ts';
import type { DocumentRow } from '../../shared/contract/appointments.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';

/** "Tjänsteanteckning · Individärendet": what kind of document, in the manual's grouping. */
export function kindText(row: Pick<DocumentRow, 'kind' | 'category'>, language: Language): string {
  return `${DOCUMENT_KIND_INFO[row.kind].label[language]} · ${DOCUMENT_CATEGORY_LABEL[row.category][language]}`;
}

export function directionText(row: Pick<DocumentRow, 'direction' | 'sentByMe'>, t: TFunction): string {
  if (row.direction === 'received') return t('documents.direction.received');
  return row.sentByMe ? t('documents.direction.sentByMe') : t('documents.direction.sent');
}

/** Why a document did not open, in terms of the document; other failures in the general words. */
export function openErrorText(error: ContractError, t: TFunction, general: (error: ContractError) => string): string {
  switch (error.code) {
    case 'OFFLINE':
    case 'NOT_SIGNED_IN':
    case 'NOT_FOUND':
      return t(`documents.error.${error.code}`);
    default:
      return general(error);
  }
}

/**
 * A file name any OS accepts, "2025-06-23 Beslut.pdf", the same rule main uses when it saves:
 * no control characters nor characters Windows, macOS or Linux refuse, no trailing dots.
 */
export function safeFileName(title: string, date: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${date} ${cleaned || 'Dokument'}.pdf`;
}

/** "Beslut.pdf", then "Beslut (2).pdf", … while `taken` says the name is in use. */
export async function uniqueName(name: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(name))) return name;
  const stem = name.replace(/\.pdf$/i, '');
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i}).pdf`;
    if (!(await taken(candidate))) return candidate;
  }
}
