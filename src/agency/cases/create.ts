/**
 * Case events the agency causes: appointing counsel for a group, adding an individual to a group,
 * publishing a document (which notifies counsel), deciding, releasing counsel, ending an
 * appointment, handing an appeal to the court. Used by the control API and by the demo seed.
 */
import { randomInt } from 'node:crypto';
import type { DocumentKind } from '../../shared/agency/documents.ts';
import type { Agency } from '../context.ts';
import { newId } from '../context.ts';
import { putBlob } from '../documents/blobs.ts';
import { createDocument, notify } from '../documents/publish.ts';
import { templateFor, type CaseFacts } from '../documents/templates.ts';
import { Rejection } from '../http/reply.ts';
import { renderLetter } from '../pdf/layout.ts';
import { emitAppointment, emitGroup, emitIndividual } from './emit.ts';
import { appointmentRow, groupRow, individualRow, type AppointmentRow } from './rows.ts';

export interface NewIndividual {
  id?: string;
  individualNumber?: string;
  name: string;
  citizenship: string;
  birthDate: string;
  protectedContact?: boolean | undefined;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface NewGroup {
  counselId: string;
  startedOn: string;
  workplaceId?: string | null;
  groupId?: string;
  appointmentIds?: string[];
  individuals: NewIndividual[];
  /** Publish a beslut om förordnande for each appointment (default true). */
  publishAppointmentDecision?: boolean;
}

function insertIndividual(agency: Agency, i: NewIndividual): string {
  const id = i.id ?? newId('ind');
  agency.db
    .prepare(
      'INSERT INTO individuals (id, individual_number, name, birth_date, citizenship, phone, email, address, protected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      id,
      i.individualNumber ?? String(randomInt(10_000_000, 99_999_999)),
      i.name,
      i.birthDate,
      i.citizenship,
      i.phone === undefined ? `07${randomInt(0, 4)}-${randomInt(100, 999)} ${randomInt(10, 99)} ${randomInt(10, 99)}` : i.phone,
      i.email ?? null,
      i.address === undefined ? 'Migrationsverkets anläggningsboende, Kungsgatan 4, 931 31 Skellefteå' : i.address,
      i.protectedContact ? 1 : 0,
    );
  return id;
}

function defaultWorkplace(agency: Agency, counselId: string): string | null {
  return (agency.db.prepare('SELECT id FROM workplaces WHERE counsel_id = ? ORDER BY rowid LIMIT 1').pluck().get(counselId) as string | undefined) ?? null;
}

function insertAppointment(agency: Agency, a: { id: string; counselId: string; groupId: string; individualId: string; startedOn: string; workplaceId: string | null }): void {
  agency.db
    .prepare('INSERT INTO appointments (id, counsel_id, group_id, individual_id, started_on, workplace_id) VALUES (?, ?, ?, ?, ?, ?)')
    .run(a.id, a.counselId, a.groupId, a.individualId, a.startedOn, a.workplaceId);
}

export function createGroup(agency: Agency, g: NewGroup): { groupId: string; appointmentIds: string[]; individualIds: string[] } {
  const counsel = agency.db.prepare('SELECT 1 FROM persons WHERE id = ? AND is_counsel = 1').get(g.counselId);
  if (!counsel) throw new Rejection('NOT_FOUND', { counselId: g.counselId });
  const groupId = g.groupId ?? newId('grp');
  const individualIds = g.individuals.map((i) => insertIndividual(agency, i));
  agency.db
    .prepare('INSERT INTO groups (id, counsel_id, main_individual_id, created_on) VALUES (?, ?, ?, ?)')
    .run(groupId, g.counselId, individualIds[0]!, g.startedOn);
  const workplaceId = g.workplaceId === undefined ? defaultWorkplace(agency, g.counselId) : g.workplaceId;
  const appointmentIds = individualIds.map((individualId, n) => {
    const id = g.appointmentIds?.[n] ?? newId('apt');
    insertAppointment(agency, { id, counselId: g.counselId, groupId, individualId, startedOn: g.startedOn, workplaceId });
    return id;
  });
  emitGroup(agency, groupId);
  for (const id of appointmentIds) {
    emitIndividual(agency, id);
    emitAppointment(agency, id);
    if (g.publishAppointmentDecision !== false) publishCaseDocument(agency, id, 'beslut_om_forordnande', { publishedAt: `${g.startedOn}T09:00:00.000Z` });
  }
  return { groupId, appointmentIds, individualIds };
}

export function addGroupMember(agency: Agency, groupId: string, individual: NewIndividual, startedOn?: string): { appointmentId: string; individualId: string } {
  const group = groupRow(agency, groupId);
  if (!group || group.withdrawn) throw new Rejection('NOT_FOUND', { groupId });
  const individualId = insertIndividual(agency, individual);
  const appointmentId = newId('apt');
  insertAppointment(agency, {
    id: appointmentId,
    counselId: group.counsel_id,
    groupId,
    individualId,
    startedOn: startedOn ?? agency.clock.today(),
    workplaceId: defaultWorkplace(agency, group.counsel_id),
  });
  emitIndividual(agency, appointmentId);
  emitAppointment(agency, appointmentId);
  publishCaseDocument(agency, appointmentId, 'beslut_om_forordnande', {});
  return { appointmentId, individualId };
}

export function caseFacts(agency: Agency, apt: AppointmentRow, date: string): CaseFacts {
  const ind = individualRow(agency, apt.individual_id)!;
  const counselName = agency.db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(apt.counsel_id) as string;
  return {
    individualName: ind.name,
    individualNumber: ind.individual_number,
    citizenship: ind.citizenship,
    birthDate: ind.birth_date,
    counselName,
    date,
    outcome: apt.outcome === 'refused' ? 'refused' : 'granted',
  };
}

export interface PublishOptions {
  id?: string;
  title?: string | undefined;
  pages?: number | undefined;
  text?: string | undefined;
  publishedAt?: string;
  meetingAt?: string;
  notify?: boolean;
}

export function publishCaseDocument(agency: Agency, appointmentId: string, kind: DocumentKind, opts: PublishOptions) {
  const apt = appointmentRow(agency, appointmentId);
  if (!apt || apt.withdrawn) throw new Rejection('NOT_FOUND', { appointmentId });
  const publishedAt = opts.publishedAt ?? agency.clock.now();
  const facts = caseFacts(agency, apt, publishedAt.slice(0, 10));
  if (opts.meetingAt) facts.meetingAt = opts.meetingAt;
  const content = templateFor(kind, facts);
  if (opts.title) content.title = opts.title;
  if (opts.text) content.paragraphs = [opts.text, ...content.paragraphs];
  if (opts.pages) content.minPages = opts.pages;
  const rendered = renderLetter(content);
  const doc = createDocument(agency, {
    ...(opts.id ? { id: opts.id } : {}),
    appointment: apt,
    kind,
    title: content.title,
    blob: putBlob(agency, rendered.bytes),
    pages: rendered.pages,
    publishedAt,
  });
  let notificationId: string | null = null;
  if (opts.notify !== false) {
    notificationId = notify(agency, {
      counselId: apt.counsel_id,
      type: kind === 'beslut' ? 'decision' : 'document',
      title: doc.title,
      appointmentId: apt.id,
      documentId: doc.id,
    }).id;
  }
  return { documentId: doc.id, notificationId };
}

function liveAppointment(agency: Agency, appointmentId: string): AppointmentRow {
  const apt = appointmentRow(agency, appointmentId);
  if (!apt || apt.withdrawn) throw new Rejection('NOT_FOUND', { appointmentId });
  return apt;
}

export function decideCase(
  agency: Agency,
  appointmentId: string,
  d: { outcome: 'granted' | 'refused'; decidedOn: string; notifiedOn: string; publishedAt?: string; notify?: boolean },
) {
  const apt = liveAppointment(agency, appointmentId);
  if (apt.decided_on) throw new Rejection('INVALID_STATE', { decidedOn: apt.decided_on });
  agency.db.prepare('UPDATE appointments SET decided_on = ?, notified_on = ?, outcome = ? WHERE id = ?').run(d.decidedOn, d.notifiedOn, d.outcome, apt.id);
  const published = publishCaseDocument(agency, apt.id, 'beslut', { publishedAt: d.publishedAt ?? agency.clock.now(), notify: d.notify ?? true });
  agency.db.prepare('UPDATE appointments SET decision_document_id = ? WHERE id = ?').run(published.documentId, apt.id);
  emitAppointment(agency, apt.id);
  return published;
}

export function releaseCounsel(agency: Agency, appointmentId: string, on: string, publishedAt?: string): string {
  const apt = liveAppointment(agency, appointmentId);
  agency.db.prepare('UPDATE appointments SET released_on = ? WHERE id = ?').run(on, apt.id);
  const published = publishCaseDocument(agency, apt.id, 'beslut_om_entledigande', publishedAt ? { publishedAt } : {});
  emitAppointment(agency, apt.id);
  // Contact details are withheld from now on.
  emitIndividual(agency, apt.id);
  return published.documentId;
}

export function endAppointment(agency: Agency, appointmentId: string, on: string): void {
  const apt = liveAppointment(agency, appointmentId);
  agency.db.prepare('UPDATE appointments SET ended_on = ? WHERE id = ?').run(on, apt.id);
  emitAppointment(agency, apt.id);
}

export function handAppealToCourt(agency: Agency, appointmentId: string, on: string): void {
  const apt = liveAppointment(agency, appointmentId);
  agency.db.prepare('UPDATE appointments SET appeal_handed_on = ? WHERE id = ?').run(on, apt.id);
  emitAppointment(agency, apt.id);
}
