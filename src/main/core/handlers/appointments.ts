import { ContractFailure } from '../../../shared/contract/result.ts';
import type { PurgeNotice } from '../../../shared/contract/appointments.ts';
import { listDocuments } from '../../appointments/documents.ts';
import { listAppointments } from '../../appointments/list.ts';
import { getOverview } from '../../appointments/overview.ts';
import type { ContentTokens } from '../../documents/content-tokens.ts';
import { openDocument } from '../../documents/document-access.ts';
import { exportAll, exportDocuments } from '../../documents/export.ts';
import type { EmitEvent, Handlers, InternalHandlers } from '../../rpc/handlers.ts';
import type { OpenProfile } from '../../session/open-profile.ts';
import type { SessionManager } from '../../session/session-manager.ts';

type DocumentInternal = Pick<InternalHandlers, 'exportDocuments' | 'exportAll'>;

type AppointmentMethods =
  | 'listAppointments'
  | 'getOverview'
  | 'listDocuments'
  | 'openDocument'
  | 'saveDocument'
  | 'saveAllDocuments'
  | 'cancelSaveAll'
  | 'listPurgeNotices'
  | 'dismissPurgeNotices';

/** The open profile and the counsel whose work is shown; refused while locked. */
function context(session: SessionManager): { profile: OpenProfile; counselId: string } {
  const profile = session.openProfile;
  if (!profile) throw new ContractFailure({ code: 'LOCKED', message: 'The profile is locked' });
  const counselId = session.activeCounselId;
  if (!counselId) throw new ContractFailure({ code: 'NOT_SIGNED_IN', message: 'No counsel to show: sign in and sync first' });
  return { profile, counselId };
}

const notHere = (): never => {
  throw new ContractFailure({ code: 'HOST_UNSUPPORTED', message: 'This host saves files through the browser' });
};

export function appointmentHandlers(
  session: SessionManager,
  tokens: ContentTokens,
  emit: EmitEvent,
): { handlers: Pick<Handlers, AppointmentMethods>; internal: DocumentInternal } {
  let saving: AbortController | null = null;

  const handlers: Pick<Handlers, AppointmentMethods> = {
    listAppointments: (input) => {
      const { profile, counselId } = context(session);
      return listAppointments(profile.db, counselId, input);
    },
    getOverview: ({ appointmentId }) => {
      const { profile, counselId } = context(session);
      return getOverview(profile.db, counselId, appointmentId);
    },
    listDocuments: (input) => {
      const { profile, counselId } = context(session);
      return listDocuments(profile.db, counselId, session.personId, input);
    },
    openDocument: ({ documentId }) => {
      const { profile, counselId } = context(session);
      return openDocument(profile, counselId, documentId, tokens, (p) => emit('documentProgress', p));
    },
    // Saving needs a file dialog: the Electron host answers these; the browser host saves in the page.
    saveDocument: notHere,
    saveAllDocuments: notHere,
    cancelSaveAll: () => {
      saving?.abort();
      return null;
    },
    listPurgeNotices: () => {
      const { profile } = context(session);
      return profile.db
        .prepare('SELECT id, individual_number AS individualNumber, reason, purged_at AS purgedAt FROM purge_notice ORDER BY id')
        .all() as PurgeNotice[];
    },
    dismissPurgeNotices: () => {
      context(session).profile.db.prepare('DELETE FROM purge_notice').run();
      return null;
    },
  };

  const internal: DocumentInternal = {
    exportDocuments: async ({ documentIds, paths }) => {
      const { profile, counselId } = context(session);
      return { saved: await exportDocuments(profile, counselId, documentIds, paths) };
    },
    exportAll: async ({ appointmentId, dir }) => {
      const { profile, counselId } = context(session);
      const ids = listDocuments(profile.db, counselId, session.personId, {
        appointmentId,
        query: '',
        sort: { column: 'publishedAt', direction: 'desc' },
        newSince: null,
        offset: 0,
        limit: 500,
      }).rows.map((r) => r.documentId);
      saving?.abort();
      const controller = new AbortController();
      saving = controller;
      try {
        return await exportAll(profile, counselId, ids, dir, controller.signal, (p) => emit('saveProgress', p));
      } finally {
        if (saving === controller) saving = null;
      }
    },
  };
  return { handlers, internal };
}
