import type { AgencyDocument } from '../../shared/agency/entities.ts';
import type { DocumentRow, DocumentSortColumn, ListDocumentsInput, Page } from '../../shared/contract/appointments.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import type { Db } from '../store/database.ts';
import { wordFilter } from './like.ts';

const ORDER: Record<DocumentSortColumn, string> = {
  publishedAt: 'd.published_at',
  title: 'd.sort_title',
  registeredOn: 'd.registered_on',
};

/**
 * The document list (B5) of one individual: what the agency sent and what was sent to it. Claim
 * documents belong to the group and show only under its main individual (manual 3.2.5).
 */
export function listDocuments(db: Db, counselId: string, personId: string | null, input: ListDocumentsInput): Page<DocumentRow> {
  const appointment = db
    .prepare(
      `SELECT a.individual_id AS individualId, a.group_id AS groupId, g.main_individual_id AS mainId
       FROM appointment a LEFT JOIN appointment_group g ON g.counsel_id = a.counsel_id AND g.agency_id = a.group_id
       WHERE a.counsel_id = ? AND a.agency_id = ?`,
    )
    .get(counselId, input.appointmentId) as { individualId: string; groupId: string; mainId: string | null } | undefined;
  if (!appointment) throw new ContractFailure({ code: 'NOT_FOUND', message: 'The appointment is not on this computer' });
  const isMain = (appointment.mainId ?? appointment.individualId) === appointment.individualId;
  const filter = wordFilter('d.search', input.query);
  // Everything is within the group (index document_group); the claim's documents only for its main individual.
  const scope = isMain
    ? `d.group_id = @group AND ((d.individual_id = @individual AND d.claim_id IS NULL) OR d.claim_id IS NOT NULL)`
    : `d.group_id = @group AND d.individual_id = @individual AND d.claim_id IS NULL`;
  // Named parameters: the scope uses the same values twice.
  const words = Object.fromEntries(filter.params.map((p, i) => [`w${i}`, p]));
  let n = 0;
  const filterSql = filter.sql.replace(/\?/g, () => `@w${n++}`);
  const from = `FROM document d WHERE d.counsel_id = @counsel AND ${scope} AND ${filterSql}`;
  const params = { counsel: counselId, individual: appointment.individualId, group: appointment.groupId, ...words };
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number;
  const direction = input.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `SELECT d.data, EXISTS (SELECT 1 FROM stored_file f WHERE f.sha256 = d.sha256) AS stored
       ${from}
       ORDER BY ${ORDER[input.sort.column]} ${direction}, d.published_at DESC, d.agency_id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as { data: string; stored: number }[];
  const newSince = input.newSince === null ? null : Date.parse(input.newSince);
  return {
    total,
    offset: input.offset,
    rows: rows.map(({ data, stored }) => {
      const d = JSON.parse(data) as AgencyDocument;
      return {
        documentId: d.id,
        title: d.title,
        kind: d.kind,
        category: d.category,
        direction: d.direction,
        publishedAt: d.publishedAt,
        registeredOn: d.registeredOn,
        size: d.size,
        pages: d.pages,
        stored: stored === 1,
        isNew: newSince !== null && Date.parse(d.publishedAt) > newSince,
        sentByMe: d.direction === 'sent' && personId !== null && d.sentByPersonId === personId,
      };
    }),
  };
}
