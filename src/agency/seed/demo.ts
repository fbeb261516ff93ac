/**
 * The demo seed: the roster played through the agency's own operations (appoint, publish,
 * decide, release, claims, calendar), so seeded data obeys the same rules as live data. Dates
 * are relative to the agency's today; ids and content come from a seeded PRNG.
 */
import type { ClaimContentInput } from '../../shared/agency/claims.ts';
import type { DocumentKind } from '../../shared/agency/documents.ts';
import { addDays, addMonths, daysBetween, isoWeekday } from '../../shared/domain/dates.ts';
import { costItemAmount, type CostType } from '../../shared/domain/rates.ts';
import { addAvailability } from '../calendar/availability.ts';
import { createBooking } from '../calendar/bookings.ts';
import { caseFacts, createGroup, decideCase, endAppointment, handAppealToCourt, publishCaseDocument, releaseCounsel } from '../cases/create.ts';
import { appointmentRow } from '../cases/rows.ts';
import { appealDecision, createClaim, saveDraft, submitClaim } from '../claims/claims.ts';
import { decideClaim, requestCompletion, startProcessing } from '../claims/lifecycle.ts';
import type { Agency } from '../context.ts';
import { putBlob } from '../documents/blobs.ts';
import { createDocument } from '../documents/publish.ts';
import { templateFor, type CaseFacts } from '../documents/templates.ts';
import { renderLetter } from '../pdf/layout.ts';
import { DEMO_CASES, type DemoCase } from './demo-roster.ts';
import type { Rng } from './prng.ts';

const at = (date: string, time = '08:30') => `${date}T${time}:00.000Z`;

interface Seeded {
  c: DemoCase;
  groupId: string;
  appointmentIds: string[];
}

/** A finished upload as if counsel had sent it, for seeded submissions that go through the rules. */
function seedUpload(agency: Agency, counselId: string, personId: string, kind: DocumentKind, title: string, facts: CaseFacts): string {
  const content = renderLetter(templateFor(kind, facts));
  const blob = putBlob(agency, content.bytes);
  const id = `upl_seed_${Math.abs(hash(title + facts.individualNumber)).toString(16)}`;
  agency.db
    .prepare("INSERT INTO uploads (id, counsel_id, person_id, file_name, size, sha256, offset, state, pages, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'finished', ?, ?)")
    .run(id, counselId, personId, `${title}.pdf`, blob.size, blob.sha256, blob.size, content.pages, agency.clock.now());
  return id;
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

function costItems(rng: Rng, today: string, startedOn: string, n: number): ClaimContentInput['costItems'] {
  const span = Math.max(1, daysBetween(startedOn, today) - 1);
  const plan: [CostType, string][] = [
    ['mote', 'Möte med klienten, genomgång av asylberättelsen med tolk'],
    ['eget_arbete', 'Genomgång av akten och landinformation'],
    ['tidsspillan', 'Väntetid vid Migrationsverket inför utredning'],
    ['restid', 'Resa till anläggningsboendet'],
    ['eget_arbete', 'Upprättande av inlaga'],
    ['milersattning', 'Bil tur och retur kontoret – boendet'],
    ['utlagg', 'Tolkkostnad enligt faktura'],
    ['mote', 'Närvaro vid asylutredning'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [type, specification] = plan[i % plan.length]!;
    const date = addDays(startedOn, Math.min(span, 1 + Math.floor((span * (i + 1)) / (n + 1))));
    const item = {
      id: `item-${i + 1}`,
      type,
      date,
      minutes: type === 'utlagg' || type === 'milersattning' ? null : 15 * rng.int(2, 16),
      ore: type === 'utlagg' ? 115_000 : null,
      km: type === 'milersattning' ? rng.int(12, 90) : null,
      specification,
      timeFrom: type === 'tidsspillan' ? '09:00' : null,
      timeTo: type === 'tidsspillan' ? '10:30' : null,
      route: type === 'restid' || type === 'milersattning' ? 'Kungsgatan 37, Stockholm – Märsta anläggningsboende' : null,
    };
    const amountOre = costItemAmount({ type, date, minutes: item.minutes ?? undefined, ore: item.ore ?? undefined, km: item.km ?? undefined });
    return { ...item, amountOre };
  });
}

function seedCase(agency: Agency, rng: Rng, today: string, c: DemoCase): Seeded {
  const startedOn = addDays(today, -c.startedDaysAgo);
  const recent = (date: string) => daysBetween(date, today) <= 14;
  const { groupId, appointmentIds } = createGroup(agency, {
    counselId: c.counsel,
    startedOn,
    ...(c.workplace ? { workplaceId: c.workplace } : {}),
    publishAppointmentDecision: false,
    individuals: c.members.map((m) => ({
      name: m.name,
      citizenship: c.citizenship,
      birthDate: m.birthDate,
      protectedContact: m.protectedContact,
      individualNumber: String(rng.int(10_000_000, 99_999_999)),
      phone: `07${rng.int(0, 3)}-${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      email: rng.chance(0.4) ? `${m.name.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}${rng.int(10, 99)}@example.com` : null,
      address: m.protectedContact ? 'Skyddad adress, post via Skatteverket, Box 2820, 403 20 Göteborg' : `Migrationsverkets boende, ${rng.pick(['Kungsgatan 4, 931 31 Skellefteå', 'Storgatan 50, 831 30 Östersund', 'Järnvägsgatan 4, 702 10 Örebro', 'Smedjegatan 17, 972 33 Luleå'])}`,
    })),
  });
  const publish = (aptId: string, kind: DocumentKind, date: string, opts: { title?: string; pages?: number; meetingAt?: string } = {}) => {
    if (daysBetween(date, today) < 0) return;
    publishCaseDocument(agency, aptId, kind, { ...opts, publishedAt: at(date, `0${rng.int(7, 9)}:${rng.int(10, 59)}`), notify: recent(date) });
  };

  appointmentIds.forEach((aptId, i) => {
    publish(aptId, 'beslut_om_forordnande', startedOn);
    publish(aptId, 'asylansokan', addDays(startedOn, 1));
    publish(aptId, 'kallelse', addDays(startedOn, 8), { meetingAt: `${addDays(startedOn, 24)} kl. 09.00` });
    if (i === 0) publish(aptId, 'landinformation', addDays(startedOn, 10));
    if (c.startedDaysAgo > 30) publish(aptId, 'protokoll', addDays(startedOn, 24));
    if (rng.chance(0.5)) publish(aptId, 'tjansteanteckning', addDays(startedOn, Math.min(c.startedDaysAgo, 28)));
  });
  if (c.bigFile) publish(appointmentIds[0]!, 'protokoll', addDays(startedOn, 26), { title: 'Samlad akt – utredningsmaterial', pages: 200 });

  if (c.inlagaBy) {
    const apt = appointmentRow(agency, appointmentIds[0]!)!;
    const date = addDays(startedOn, Math.min(c.startedDaysAgo - 1, 30));
    const rendered = renderLetter(templateFor('inlaga', caseFacts(agency, apt, date)));
    const blob = putBlob(agency, rendered.bytes);
    for (const id of appointmentIds) {
      createDocument(agency, {
        appointment: appointmentRow(agency, id)!,
        kind: 'inlaga',
        title: 'Inlaga – kompletterande yttrande',
        blob,
        pages: rendered.pages,
        publishedAt: at(date, '14:05'),
        documentType: 'yttrande',
        sentByPersonId: c.inlagaBy,
      });
    }
  }

  if (c.decision) {
    const notifiedOn = addDays(today, -c.decision.notifiedDaysAgo);
    for (const id of appointmentIds) {
      decideCase(agency, id, { outcome: c.decision.outcome, decidedOn: addDays(notifiedOn, -2), notifiedOn, publishedAt: at(notifiedOn, '07:45'), notify: recent(notifiedOn) });
    }
  }
  if (c.handedToCourtDaysAgo !== undefined) handAppealToCourt(agency, appointmentIds[0]!, addDays(today, -c.handedToCourtDaysAgo));
  if (c.endedDaysAgo !== undefined) {
    // 'expiring': ended three months ago tomorrow, so it is visible today and tomorrow only.
    const endedOn = c.endedDaysAgo === 'expiring' ? addDays(addMonths(today, -3), 1) : addDays(today, -c.endedDaysAgo);
    for (const id of appointmentIds) endAppointment(agency, id, endedOn);
  }
  if (c.released) {
    const on = addDays(today, -c.released.daysAgo);
    releaseCounsel(agency, appointmentIds[c.released.member]!, on, at(on, '10:15'));
  }
  return { c, groupId, appointmentIds };
}

function seedClaim(agency: Agency, rng: Rng, today: string, s: Seeded): void {
  const stage = s.c.claim;
  if (!stage) return;
  const counselId = s.c.counsel;
  const by = { counselId, personId: stage === 'submitted' && counselId === 'anna' ? 'maria' : counselId, idempotencyKey: null };
  const startedOn = addDays(today, -s.c.startedDaysAgo);
  const content = (n: number): ClaimContentInput => ({
    method: 'cost_items',
    costItems: costItems(rng, today, startedOn, n),
    claimFile: null,
    evidence: [],
    paymentAccountId: `acc_${counselId}_1`,
    ownReference: `${counselId.toUpperCase()}-${rng.int(1000, 9999)}`,
  });
  const claim = createClaim(agency, by, s.groupId, null);
  if (stage === 'draft') {
    saveDraft(agency, by, claim.id, 0, content(6));
    return;
  }
  submitClaim(agency, by, claim.id, content(stage === 'processing' ? 20 : 8));
  if (stage === 'submitted') return;
  startProcessing(agency, claim.id);
  if (stage === 'processing') return;
  if (stage === 'completion') {
    requestCompletion(agency, claim.id, 'Vänligen specificera tidsåtgången för eget arbete den angivna dagen och bifoga tolkfakturan.', addDays(today, 7));
    return;
  }
  const notifiedOn = addDays(today, stage === 'decided_partial' ? -5 : stage === 'appealed' ? -12 : -40);
  const decision = decideClaim(agency, claim.id, { outcome: stage === 'decided_full' || stage === 'related' ? 'full' : 'partial', notifiedOn });
  if (stage === 'appealed') {
    const apt = appointmentRow(agency, s.appointmentIds[0]!)!;
    const upload = seedUpload(agency, counselId, counselId, 'overklagande', 'Överklagande av ersättningsbeslut', caseFacts(agency, apt, today));
    appealDecision(agency, by, claim.id, decision.decisionId, { documents: [{ uploadId: upload }], text: 'Den begärda tiden för eget arbete var nödvändig.' });
  }
  if (stage === 'related') {
    const related = createClaim(agency, by, s.groupId, claim.id);
    submitClaim(agency, by, related.id, content(3));
  }
}

function seedCalendar(agency: Agency, rng: Rng, today: string, seeded: Seeded[]): void {
  const places = ['Migrationsverket, Sundbybergsvägen 9, Solna', 'Migrationsverket, Västra Hamngatan 1, Göteborg', 'Migrationsverket, Kungsgatan 10, Uppsala'];
  const investigators = ['Karin Holm', 'Peter Lind', 'Sofia Ek', 'Ahmed Nasser', 'Eva Sandberg'];
  for (const s of seeded) {
    if (s.c.decision || s.c.endedDaysAgo !== undefined) continue;
    const aptId = s.appointmentIds[0]!;
    let date = addDays(today, rng.int(-3, 30));
    while (isoWeekday(date) > 5) date = addDays(date, 1);
    const startHour = rng.pick([9, 10, 13]);
    createBooking(agency, {
      counselId: s.c.counsel,
      date,
      start: `${String(startHour).padStart(2, '0')}:00`,
      end: `${String(startHour + 2).padStart(2, '0')}:30`,
      title: 'Asylutredning',
      place: rng.pick(places),
      investigator: `Handläggare ${rng.pick(investigators)}`,
      participants: [s.c.members[0]!.name, 'Tolk'],
      appointmentId: aptId,
    });
  }
  addAvailability(agency, 'anna', { from: today, to: addDays(today, 41), weekdays: [1, 2, 3, 4, 5], start: '08:30', end: '16:30' });
  addAvailability(agency, 'erik', { from: today, to: addDays(today, 27), weekdays: [2, 4], start: '09:00', end: '15:00' });
  addAvailability(agency, 'johan', { from: addDays(today, 7), to: addDays(today, 20), weekdays: [1, 3, 5], start: '10:00', end: '14:00' });
}

export function seedDemo(agency: Agency, rng: Rng): void {
  const today = agency.clock.today();
  const seeded = DEMO_CASES.map((c) => seedCase(agency, rng, today, c));
  for (const s of seeded) seedClaim(agency, rng, today, s);
  seedCalendar(agency, rng, today, seeded);
}
