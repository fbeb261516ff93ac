// Document wording and file names: pure, so each is testable without rendering.
import type { TFunction } from 'i18next';
import { DOCUMENT_CATEGORY_LABEL, DOCUMENT_KIND_INFO } from '../../shared/agency/documents.ts';
import type { DocumentRow } from '../../shared/contract/appointments.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { nameCandidates } from '../../shared/domain/file-names.ts';

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

export { safeFileName } from '../../shared/domain/file-names.ts';

/** The first free name in a folder the browser answers about asynchronously. */
export async function uniqueName(name: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  for (const candidate of nameCandidates(name)) if (!(await taken(candidate))) return candidate;
  throw new Error('unreachable');
}
