import type { AgencyDocument } from '../../shared/agency/entities.ts';
import type { DocumentProgress, OpenedDocument } from '../../shared/contract/appointments.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import { AgencyError } from '../agency/errors.ts';
import { FileStoreClosedError } from '../files/file-store.ts';
import type { ProfileServices } from '../session/open-profile.ts';
import { fetchDocumentContent } from '../sync/document-content.ts';
import type { ContentTokens } from './content-tokens.ts';
import { safeFileName } from './file-names.ts';

export function documentOf(profile: ProfileServices, counselId: string, documentId: string): AgencyDocument {
  const raw = profile.db.prepare('SELECT data FROM document WHERE counsel_id = ? AND agency_id = ?').pluck().get(counselId, documentId) as string | undefined;
  if (!raw) throw new ContractFailure({ code: 'NOT_FOUND', message: 'The document is not on this computer' });
  return JSON.parse(raw) as AgencyDocument;
}

/**
 * The document's content on this computer: already stored (offline is fine), or fetched now with
 * progress. Offline and not yet fetched is a clear answer, never a hang.
 */
export async function ensureContent(
  profile: ProfileServices,
  counselId: string,
  doc: AgencyDocument,
  onProgress: (p: DocumentProgress) => void,
): Promise<void> {
  if (await profile.files.has(doc.sha256)) return;
  if (!profile.tokens.signedIn) {
    throw new ContractFailure({ code: 'NOT_SIGNED_IN', message: 'The document is not on this computer and fetching it needs a sign-in' });
  }
  let bytes = 0;
  let reported = 0;
  onProgress({ documentId: doc.id, bytes: 0, total: doc.size });
  try {
    await fetchDocumentContent(
      { client: profile.client, files: profile.files, db: profile.db },
      { counselId, documentId: doc.id, sha256: doc.sha256, size: doc.size },
      {
        onBytes: (n) => {
          bytes += n;
          // About a hundred updates for any size: enough for a progress bar, few enough for IPC.
          if (bytes - reported >= doc.size / 100 || bytes === doc.size) {
            reported = bytes;
            onProgress({ documentId: doc.id, bytes, total: doc.size });
          }
        },
      },
    );
  } catch (error) {
    if (error instanceof FileStoreClosedError) throw new ContractFailure({ code: 'LOCKED', message: 'The profile was locked while the document was fetched' });
    if (error instanceof AgencyError && (error.kind === 'network' || error.kind === 'retryable')) {
      throw new ContractFailure({ code: 'OFFLINE', message: 'The document is not on this computer and the agency cannot be reached' });
    }
    if (error instanceof AgencyError && error.kind === 'auth') {
      throw new ContractFailure({ code: 'NOT_SIGNED_IN', message: 'Fetching the document needs a new sign-in' });
    }
    throw error;
  }
}

export async function openDocument(
  profile: ProfileServices,
  counselId: string,
  documentId: string,
  tokens: ContentTokens,
  onProgress: (p: DocumentProgress) => void,
): Promise<OpenedDocument> {
  const doc = documentOf(profile, counselId, documentId);
  await ensureContent(profile, counselId, doc, onProgress);
  const token = tokens.grant(doc.sha256, safeFileName(doc.title, doc.registeredOn), doc.size);
  return { documentId: doc.id, url: `/content/${token}`, title: doc.title, size: doc.size, pages: doc.pages };
}
