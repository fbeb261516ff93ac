/**
 * The large seed: one counsel ('large') with 2,000 appointments, 40,000 documents, 1,500 claims
 * holding 30,000 cost items and 5,000 bookings, for benchmarks. Rows go in with prepared
 * statements in the caller's single transaction, straight into the feed log; documents share a
 * few dozen template PDFs, so size, SHA-256 and pages are known without 40,000 files.
 */
import type { Claim, CostItem } from '../../shared/agency/claims.ts';
import { DOCUMENT_KIND_INFO, type DocumentKind } from '../../shared/agency/documents.ts';
import type { AgencyDocument, Booking } from '../../shared/agency/entities.ts';
import { addDays, daysBetween } from '../../shared/domain/dates.ts';
import { vatOf } from '../../shared/domain/money.ts';
import { COST_TYPES, COST_TYPE_UNIT, costItemAmount, rateOn } from '../../shared/domain/rates.ts';
import { toAppointment, toGroup, toIndividual } from '../cases/entities.ts';
import type { AppointmentRow, GroupRow, IndividualRow } from '../cases/rows.ts';
import type { Agency } from '../context.ts';
import { putBlob } from '../documents/blobs.ts';
import { templateFor } from '../documents/templates.ts';
import { renderLetter } from '../pdf/layout.ts';
import { CITIZENSHIPS, familyName, givenName } from './names.ts';
import type { Rng } from './prng.ts';

export const LARGE = { appointments: 2000, documentsPerAppointment: 20, claims: 1500, itemsPerClaim: 20, bookings: 5000 } as const;

const COUNSEL = 'large';

interface Template {
  kind: DocumentKind;
  title: string;
  sha256: string;
  size: number;
  pages: number;
}

/** Three dozen PDFs the 40,000 documents point at: kinds × countries, some long. */
function templates(agency: Agency): Template[] {
  const kinds: DocumentKind[] = ['beslut_om_forordnande', 'asylansokan', 'kallelse', 'tjansteanteckning', 'landinformation', 'protokoll'];
  const out: Template[] = [];
  for (const citizenship of CITIZENSHIPS) {
    for (const kind of kinds) {
      const content = templateFor(kind, {
        individualName: 'Sökanden',
        individualNumber: '0000-0000',
        citizenship,
        birthDate: '1990-01-01',
        counselName: 'Advokat Lars Ekström',
        date: '2024-01-01',
      });
      if (kind === 'protokoll') content.minPages = 12;
      const rendered = renderLetter(content);
      const blob = putBlob(agency, rendered.bytes);
      out.push({ kind, title: content.title, ...blob, pages: rendered.pages });
    }
  }
  return out;
}

export function seedLarge(agency: Agency, rng: Rng): void {
  const { db, feed } = agency;
  const today = agency.clock.today();
  const now = agency.clock.now();
  const pdfs = templates(agency);
  const claimPdf = renderLetter({ title: 'Kostnadsräkning', paragraphs: ['Kostnadsräkning inkommen via Biträdestjänsten.'] });
  const claimBlob = putBlob(agency, claimPdf.bytes);

  const insInd = db.prepare('INSERT INTO individuals (id, individual_number, name, birth_date, citizenship, phone, email, address, protected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insGroup = db.prepare('INSERT INTO groups (id, counsel_id, main_individual_id, created_on) VALUES (?, ?, ?, ?)');
  const insApt = db.prepare(
    'INSERT INTO appointments (id, counsel_id, group_id, individual_id, started_on, workplace_id, ended_on, decided_on, notified_on, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insDoc = db.prepare('INSERT INTO documents (id, counsel_id, appointment_id, sha256, size, data) VALUES (?, ?, ?, ?, ?, ?)');
  const insClaim = db.prepare('INSERT INTO claims (id, counsel_id, group_id, status, data) VALUES (?, ?, ?, ?, ?)');
  const insBooking = db.prepare('INSERT INTO bookings (id, counsel_id, date, appointment_id, data) VALUES (?, ?, ?, ?, ?)');

  const groups: { id: string; main: AppointmentRow; startedOn: string }[] = [];
  const appointments: AppointmentRow[] = [];
  let n = 0;
  while (appointments.length < LARGE.appointments) {
    n++;
    const size = appointments.length + 2 <= LARGE.appointments && n % 4 === 0 ? 2 : 1;
    const citizenship = rng.pick(CITIZENSHIPS);
    const family = familyName(rng, citizenship);
    const groupId = `grp_l${String(n).padStart(5, '0')}`;
    const startedOn = addDays(today, -rng.int(5, 700));
    const decidedOn = rng.chance(0.5) ? addDays(startedOn, rng.int(30, 200)) : null;
    const decided = decidedOn && decidedOn > today ? today : decidedOn;
    // Some recently decided appointments have ended; they stay visible for three months.
    const ended = decided && daysBetween(decided, today) <= 60 && rng.chance(0.3) ? decided : null;
    const members: AppointmentRow[] = [];
    for (let m = 0; m < size; m++) {
      const k = appointments.length + 1;
      const ind: IndividualRow = {
        id: `ind_l${String(k).padStart(5, '0')}`,
        individual_number: String(20_000_000 + k * 37),
        name: `${givenName(rng, citizenship, m === 1)} ${family}`,
        birth_date: addDays('1960-01-01', rng.int(0, 20_000)),
        citizenship,
        phone: `07${rng.int(0, 3)}-${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
        email: null,
        address: 'Migrationsverkets boende, Amiralsgatan 20, 211 55 Malmö',
        protected: rng.chance(0.02) ? 1 : 0,
      };
      insInd.run(ind.id, ind.individual_number, ind.name, ind.birth_date, ind.citizenship, ind.phone, ind.email, ind.address, ind.protected);
      feed.append(COUNSEL, 'individual', ind.id, toIndividual(ind, false));
      const apt: AppointmentRow = {
        id: `apt_l${String(k).padStart(5, '0')}`,
        counsel_id: COUNSEL,
        group_id: groupId,
        individual_id: ind.id,
        started_on: startedOn,
        workplace_id: 'wpl_large_malmo',
        ended_on: ended,
        released_on: null,
        appeal_handed_on: null,
        decided_on: decided,
        notified_on: decided,
        outcome: decided ? rng.pick(['granted', 'refused']) : null,
        decision_document_id: null,
        withdrawn: 0,
      };
      insApt.run(apt.id, COUNSEL, groupId, ind.id, startedOn, apt.workplace_id, apt.ended_on, apt.decided_on, apt.notified_on, apt.outcome);
      members.push(apt);
      appointments.push(apt);
    }
    const group: GroupRow = { id: groupId, counsel_id: COUNSEL, main_individual_id: members[0]!.individual_id, created_on: startedOn, withdrawn: 0 };
    insGroup.run(group.id, COUNSEL, group.main_individual_id, startedOn);
    feed.append(COUNSEL, 'group', groupId, toGroup(group));
    for (const a of members) feed.append(COUNSEL, 'appointment', a.id, toAppointment(a));
    groups.push({ id: groupId, main: members[0]!, startedOn });
  }

  const claimDocs = new Map<string, string>();
  const groupIndexOfMain = new Map(groups.map((g, i) => [g.main.id, i]));
  let docNo = 0;
  for (const apt of appointments) {
    const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(apt.started_on)) / 86_400_000));
    const claimGroupIndex = groupIndexOfMain.get(apt.id) ?? -1;
    for (let d = 0; d < LARGE.documentsPerAppointment; d++) {
      docNo++;
      const isClaimDoc = d === LARGE.documentsPerAppointment - 1 && claimGroupIndex >= 0 && claimGroupIndex < LARGE.claims;
      const t = pdfs[(docNo * 7) % pdfs.length]!;
      const kind: DocumentKind = isClaimDoc ? 'kostnadsrakning' : t.kind;
      const date = addDays(apt.started_on, Math.min(span, Math.floor((span * d) / LARGE.documentsPerAppointment)));
      const doc: AgencyDocument = {
        id: `doc_l${String(docNo).padStart(6, '0')}`,
        appointmentId: apt.id,
        individualId: apt.individual_id,
        groupId: apt.group_id,
        title: isClaimDoc ? 'Kostnadsräkning, version 1' : `${t.title} (${d + 1})`,
        kind,
        category: DOCUMENT_KIND_INFO[kind].category,
        direction: DOCUMENT_KIND_INFO[kind].direction,
        documentType: null,
        publishedAt: `${date}T09:${String(d % 60).padStart(2, '0')}:00.000Z`,
        registeredOn: date,
        mediaType: 'application/pdf',
        size: isClaimDoc ? claimBlob.size : t.size,
        sha256: isClaimDoc ? claimBlob.sha256 : t.sha256,
        pages: isClaimDoc ? claimPdf.pages : t.pages,
        sentByPersonId: isClaimDoc ? COUNSEL : null,
        submissionId: null,
        claimId: isClaimDoc ? `clm_l${String(claimGroupIndex + 1).padStart(5, '0')}` : null,
      };
      if (isClaimDoc) claimDocs.set(doc.claimId!, doc.id);
      insDoc.run(doc.id, COUNSEL, apt.id, doc.sha256, doc.size, JSON.stringify(doc));
      feed.append(COUNSEL, 'document', doc.id, doc);
    }
  }

  for (let c = 0; c < LARGE.claims; c++) {
    const g = groups[c]!;
    const id = `clm_l${String(c + 1).padStart(5, '0')}`;
    const items: CostItem[] = [];
    for (let i = 0; i < LARGE.itemsPerClaim; i++) {
      const type = COST_TYPES[i % COST_TYPES.length]!;
      const unit = COST_TYPE_UNIT[type];
      const date = addDays(g.startedOn, Math.min(i * 3, Math.max(0, Math.round((Date.parse(today) - Date.parse(g.startedOn)) / 86_400_000) - 1)));
      const minutes = unit === 'minutes' ? 15 * rng.int(2, 12) : null;
      const ore = unit === 'ore' ? rng.int(5_000, 200_000) : null;
      const km = unit === 'km' ? rng.int(5, 120) : null;
      const amountOre = costItemAmount({ type, date, minutes: minutes ?? undefined, ore: ore ?? undefined, km: km ?? undefined });
      items.push({
        id: `item-${i + 1}`,
        type,
        date,
        minutes,
        ore,
        km,
        specification: 'Arbete i ärendet',
        timeFrom: null,
        timeTo: null,
        route: null,
        amountOre,
        rateValidFrom: unit === 'ore' ? null : rateOn(date).validFrom,
      });
    }
    const total = items.reduce((s, i) => s + i.amountOre, 0);
    const status = g.main.decided_on ? (c % 3 === 0 ? 'processing' : 'submitted') : 'submitted';
    const claim: Claim = {
      id,
      counselId: COUNSEL,
      groupId: g.id,
      relatedToClaimId: null,
      status,
      method: 'cost_items',
      locked: status === 'processing',
      createdAt: now,
      updatedAt: now,
      draftVersion: 0,
      draft: null,
      submissions: [
        {
          no: 1,
          kind: 'submission',
          submittedAt: now,
          submittedByPersonId: COUNSEL,
          content: {
            method: 'cost_items',
            costItems: items,
            claimFile: null,
            evidence: [],
            paymentAccountId: 'acc_large_1',
            ownReference: `EK-${1000 + c}`,
            totalExclVatOre: total,
            vatOre: vatOf(total),
            totalInclVatOre: total + vatOf(total),
          },
          documentId: claimDocs.get(id)!,
          summary: null,
        },
      ],
      completionRequests: [],
      decisions: [],
      appeals: [],
      events: [{ id: `evt_l${c + 1}`, at: now, type: 'submitted', text: { sv: 'Anspråket skickades in (version 1)', en: 'The claim was submitted (version 1)' }, byPersonId: COUNSEL }],
    };
    const json = JSON.stringify(claim);
    insClaim.run(id, COUNSEL, g.id, status, json);
    feed.append(COUNSEL, 'claim', id, claim);
  }

  for (let b = 0; b < LARGE.bookings; b++) {
    const apt = appointments[(b * 13) % appointments.length]!;
    const hour = 8 + (b % 8);
    const booking: Booking = {
      id: `bkg_l${String(b + 1).padStart(5, '0')}`,
      date: addDays(today, -365 + ((b * 7) % 545)),
      start: `${String(hour).padStart(2, '0')}:00`,
      end: `${String(hour + 1).padStart(2, '0')}:30`,
      title: 'Asylutredning',
      place: 'Migrationsverket, Södra Förstadsgatan 26, Malmö',
      investigator: 'Handläggare Eva Sandberg',
      participants: ['Tolk'],
      appointmentId: apt.id,
    };
    insBooking.run(booking.id, COUNSEL, booking.date, apt.id, JSON.stringify(booking));
    feed.append(COUNSEL, 'booking', booking.id, booking);
  }
}
