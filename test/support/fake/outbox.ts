// The outbox and staging as main keeps them (src/main/outbox), in memory: the POST /staging route
// as a fetch replacement that judges files by content, the rules checked before queueing, the
// states queued → sending → delivered | attention | cancelled, progress events and typed errors.
// Tests move operations along with the controls, as the sender and the agency would.
import { createHash, randomUUID } from 'node:crypto';
import type { InlagaDocumentType } from '../../../src/shared/agency/documents.ts';
import type { Api, EventName, Events } from '../../../src/shared/contract/contract.ts';
import { queueAppealInput, queueInlagaInput, type OutboxError, type OutboxItem, type OutboxState, type StagedFile } from '../../../src/shared/contract/outbox.ts';
import type { ContractError, ErrorCode, Result } from '../../../src/shared/contract/result.ts';
import { appealDeadline } from '../../../src/shared/domain/deadlines.ts';
import { appealAvailability, inlagaAvailability, type SubmissionAvailability } from '../../../src/shared/domain/submission-rules.ts';
import type { FakeAppointment, FakeDocument } from '../fake-api.ts';
import { judge } from './files.ts';

type OutboxMethods = 'stagingToken' | 'discardStaged' | 'queueInlaga' | 'queueAppeal' | 'listOutbox' | 'retryNow' | 'cancelOperation' | 'resendOperation';

export interface FakeOutboxDeps {
  appointments: FakeAppointment[];
  documents: FakeDocument[];
  today: string;
  calls: { method: string; input: unknown }[];
  emit: <E extends EventName>(name: E, payload: Events[E]) => void;
  now?: () => Date;
}

/** The agency's words for the rules main checks locally (src/main/outbox/submissions.ts). */
const RULE_TEXT: Record<string, { sv: string; en: string }> = {
  DECISION_MADE: { sv: 'Beslut har fattats i asylärendet. Inlagor kan inte längre skickas in.', en: 'A decision has been made in the asylum case; submissions are no longer accepted.' },
  COUNSEL_RELEASED: { sv: 'Du är entledigad för individen och kan inte skicka in för hen.', en: 'You have been released for this individual and cannot submit for them.' },
  NO_DECISION: { sv: 'Det finns inget beslut att överklaga.', en: 'There is no decision to appeal.' },
  APPEAL_WINDOW_CLOSED: { sv: 'Tiden för överklagande har gått ut (21 dagar från underrättelsen).', en: 'The time to appeal has passed (21 days from notification).' },
  NOT_IN_GROUP: { sv: 'Individen ingår inte i förordnandegruppen.', en: 'The individual is not in the appointment group.' },
};

const PENDING: readonly OutboxState[] = ['queued', 'sending', 'attention'];

let made = 0;

/** An operation as listOutbox answers it, for seeding the queue view. */
export function outboxItem(more: Partial<OutboxItem> & { target?: string } = {}): OutboxItem & { target: string } {
  made += 1;
  const documents = more.summary?.documents ?? [{ fileName: 'Inlaga om skyddsskäl.pdf', title: null, documentType: 'inlaga' as InlagaDocumentType, pages: 4, size: 2_400_000 }];
  return {
    opId: `00000000-0000-4000-8000-${String(made).padStart(12, '0')}`,
    kind: 'inlaga',
    counselId: 'c-anna',
    state: 'queued',
    createdAt: '2026-11-23T09:30:00.000Z',
    deliveredAt: null,
    attempts: 0,
    nextAttemptAt: null,
    summary: {
      appointmentId: 'a-karim',
      individuals: [{ individualId: 'i-karim', name: 'Karim Haddad', individualNumber: '31045678' }],
      documents,
    },
    files: documents.map((d) => ({ fileName: d.fileName, size: d.size, uploaded: 0 })),
    lastError: null,
    blockedBy: null,
    target: 'appointment:g-haddad',
    ...more,
  };
}

interface Stored {
  item: OutboxItem;
  target: string;
}

export function fakeOutbox(deps: FakeOutboxDeps, seed: readonly (OutboxItem & { target?: string })[] = []) {
  const now = deps.now ?? (() => new Date());
  const ops: Stored[] = seed.map(({ target, ...item }) => ({ item: structuredClone(item), target: target ?? `appointment:${item.summary.appointmentId}` }));
  const staged = new Map<string, { fileName: string; size: number; pages: number }>();
  let token = 'fake-staging-token-1';
  let tokens = 1;
  let locked = false;
  let paused: (() => void)[] | null = null;
  let inFlight = 0;
  let maxInFlight = 0;
  const stagingRequests: string[] = [];

  const record = <T>(method: string, input: unknown, value: T): Promise<Result<T>> => {
    deps.calls.push({ method, input });
    return Promise.resolve({ ok: true as const, value: structuredClone(value) });
  };
  const refuse = (method: string, input: unknown, code: ErrorCode, extra: Partial<ContractError> = {}): Promise<Result<never>> => {
    deps.calls.push({ method, input });
    return Promise.resolve({ ok: false, error: { code, message: code, ...extra } });
  };
  const rejected = (method: string, input: unknown, rule: string) =>
    refuse(method, input, 'AGENCY_REJECTED', { message: `Refused locally: ${rule}`, agency: { code: rule, ...RULE_TEXT[rule]!, retryable: false } });

  const find = (opId: string) => ops.find((o) => o.item.opId === opId);
  const changed = (opId: string | null) => deps.emit('outboxChanged', { opId });

  /** As main's blockerOf: the earliest earlier operation for the same target not yet done. */
  function withBlocker(stored: Stored): OutboxItem {
    const index = ops.indexOf(stored);
    const blocker = stored.item.state === 'queued' ? ops.slice(0, index).find((o) => o.target === stored.target && PENDING.includes(o.item.state)) : undefined;
    return { ...stored.item, blockedBy: blocker?.item.opId ?? null };
  }

  function factsOf(a: FakeAppointment) {
    const decision = a.decision && { notifiedOn: a.decision.notifiedOn, appealLastDay: appealDeadline(a.decision.notifiedOn) };
    return { releasedOn: a.releasedOn, endedOn: a.endedOn, decision };
  }

  function insert(kind: OutboxItem['kind'], a: FakeAppointment, individuals: FakeAppointment[], documents: { stagedId: string; title?: string | undefined; documentType: InlagaDocumentType | null }[]): OutboxItem {
    const files = documents.map((d) => ({ ...d, ...staged.get(d.stagedId)! }));
    const stored: Stored = {
      target: `appointment:${a.groupId}`,
      item: {
        opId: randomUUID(),
        kind,
        counselId: 'c-anna',
        state: 'queued',
        createdAt: now().toISOString(),
        deliveredAt: null,
        attempts: 0,
        nextAttemptAt: null,
        summary: {
          appointmentId: a.appointmentId,
          individuals: individuals.map((m) => ({ individualId: m.individualId, name: m.name, individualNumber: m.individualNumber })),
          documents: files.map((f) => ({ fileName: f.fileName, title: f.title ?? null, documentType: f.documentType, pages: f.pages, size: f.size })),
        },
        files: files.map((f) => ({ fileName: f.fileName, size: f.size, uploaded: 0 })),
        lastError: null,
        blockedBy: null,
      },
    };
    ops.push(stored);
    for (const d of documents) staged.delete(d.stagedId);
    changed(stored.item.opId);
    return withBlocker(stored);
  }

  function transition(method: string, input: { opId: string }, from: readonly OutboxState[], apply: (item: OutboxItem) => void) {
    const stored = find(input.opId);
    if (!stored) return refuse(method, input, 'NOT_FOUND');
    if (!from.includes(stored.item.state)) return refuse(method, input, 'INVALID_STATE');
    apply(stored.item);
    changed(stored.item.opId);
    return record(method, input, withBlocker(stored));
  }

  const methods: Pick<Api, OutboxMethods> = {
    stagingToken: () => (locked ? refuse('stagingToken', undefined, 'LOCKED') : record('stagingToken', undefined, { token })),
    discardStaged: (input) => {
      staged.delete(input.stagedId);
      return record('discardStaged', input, null);
    },
    queueInlaga: (input) => {
      const parsed = queueInlagaInput.safeParse(input);
      if (!parsed.success) return refuse('queueInlaga', input, 'INVALID_INPUT', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
      const a = deps.appointments.find((x) => x.appointmentId === input.appointmentId);
      if (!a) return refuse('queueInlaga', input, 'NOT_FOUND');
      const rule: SubmissionAvailability = inlagaAvailability(factsOf(a));
      if (!rule.allowed) return rejected('queueInlaga', input, rule.reason);
      const group = deps.appointments.filter((x) => x.groupId === a.groupId);
      const chosen: FakeAppointment[] = [];
      for (const id of new Set([a.individualId, ...input.individualIds])) {
        const member = group.find((m) => m.individualId === id);
        if (!member) return rejected('queueInlaga', input, 'NOT_IN_GROUP');
        if (member.releasedOn) return rejected('queueInlaga', input, 'COUNSEL_RELEASED');
        chosen.push(member);
      }
      if (input.documents.some((d) => !staged.has(d.stagedId))) return refuse('queueInlaga', input, 'INVALID_INPUT');
      deps.calls.push({ method: 'queueInlaga', input });
      return Promise.resolve({ ok: true as const, value: insert('inlaga', a, chosen, input.documents) });
    },
    queueAppeal: (input) => {
      const parsed = queueAppealInput.safeParse(input);
      if (!parsed.success) return refuse('queueAppeal', input, 'INVALID_INPUT');
      const a = deps.appointments.find((x) => x.appointmentId === input.appointmentId);
      if (!a) return refuse('queueAppeal', input, 'NOT_FOUND');
      const rule = appealAvailability(factsOf(a), deps.today);
      if (!rule.allowed) return rejected('queueAppeal', input, rule.reason);
      if (input.documents.some((d) => !staged.has(d.stagedId))) return refuse('queueAppeal', input, 'INVALID_INPUT');
      deps.calls.push({ method: 'queueAppeal', input });
      return Promise.resolve({ ok: true as const, value: insert('overklagande', a, [a], input.documents.map((d) => ({ ...d, documentType: null }))) });
    },
    // Newest first, as main lists them.
    listOutbox: () => record('listOutbox', undefined, [...ops].reverse().map(withBlocker)),
    retryNow: (input) =>
      transition('retryNow', input, ['queued'], (item) => {
        item.nextAttemptAt = null;
      }),
    cancelOperation: (input) =>
      transition('cancelOperation', input, ['queued', 'attention'], (item) => {
        item.state = 'cancelled';
        item.nextAttemptAt = null;
      }),
    resendOperation: (input) =>
      transition('resendOperation', input, ['attention'], (item) => {
        Object.assign(item, { state: 'queued', attempts: 0, nextAttemptAt: null, lastError: null });
      }),
  };

  /** POST /staging as the host answers it; an aborted request rejects at once, as fetch does. */
  function stagingFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const signal = init.signal;
    if (!signal) return answer(input, init);
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(new DOMException('The request was aborted', 'AbortError'));
      if (signal.aborted) fail();
      else signal.addEventListener('abort', fail, { once: true });
    });
    return Promise.race([answer(input, init), aborted]);
  }

  async function answer(input: RequestInfo | URL, init: RequestInit): Promise<Response> {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://127.0.0.1:4020');
    if (url.pathname !== '/staging' || init.method !== 'POST') throw new Error(`fake fetch: unexpected ${init.method ?? 'GET'} ${url.pathname}`);
    const name = url.searchParams.get('name') ?? 'dokument.pdf';
    stagingRequests.push(name);
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (new Headers(init.headers).get('x-staging-token') !== token) return json(403, { error: 'forbidden' });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const bytes = new Uint8Array(await (init.body as Blob).arrayBuffer());
      if (paused) await new Promise<void>((resolve) => paused!.push(resolve));
      if (init.signal?.aborted) throw new DOMException('The request was aborted', 'AbortError');
      if (locked) return json(423, { error: 'LOCKED' });
      const verdict = judge(bytes);
      if (!verdict.ok) return json(200, { stagedId: '', fileName: name, size: 0, verdict } satisfies StagedFile);
      const stagedId = createHash('sha256').update(bytes).digest('hex');
      staged.set(stagedId, { fileName: name, size: bytes.length, pages: verdict.pages });
      return json(200, { stagedId, fileName: name, size: bytes.length, verdict } satisfies StagedFile);
    } finally {
      inFlight -= 1;
    }
  }

  function stored(opId: string): Stored {
    const found = find(opId);
    if (!found) throw new Error(`fake outbox: no operation ${opId}`);
    return found;
  }

  const control = {
    stagingFetch,
    /** Staged files main holds now, by id. */
    staged,
    stagingRequests,
    get maxStagingInFlight() {
      return maxInFlight;
    },
    /** Checks wait until resumeStaging: "Kontrollerar …" can be seen. */
    pauseStaging() {
      paused = [];
    },
    resumeStaging() {
      const waiting = paused ?? [];
      paused = null;
      for (const resolve of waiting) resolve();
    },
    /** A lock and unlock in between: the page's token is no longer valid. */
    renewStagingToken() {
      token = `fake-staging-token-${++tokens}`;
    },
    setLocked(value: boolean) {
      locked = value;
    },
    items: () => ops.map(withBlocker),
    pending: () => ops.filter((o) => PENDING.includes(o.item.state)).length,
    /** The sender picked it up. */
    send(opId: string) {
      const op = stored(opId);
      op.item.state = 'sending';
      op.item.attempts += 1;
      changed(opId);
    },
    /** Bytes went out: the event main sends about every half megabyte. */
    progress(opId: string, uploaded: number) {
      const total = stored(opId).item.files.reduce((sum, f) => sum + f.size, 0);
      deps.emit('uploadProgress', { opId, uploaded, total });
    },
    /** The agency answered with a receipt; its documents are listed as sent by the person. */
    deliver(opId: string) {
      const op = stored(opId);
      op.item.state = 'delivered';
      op.item.deliveredAt = now().toISOString();
      op.item.lastError = null;
      op.item.nextAttemptAt = null;
      for (const f of op.item.files) f.uploaded = f.size;
      const appointments = op.item.summary.individuals.map((i) => deps.appointments.find((a) => a.individualId === i.individualId)).filter((a) => a !== undefined);
      for (const a of appointments) {
        op.item.summary.documents.forEach((d, position) =>
          deps.documents.push({
            appointmentId: a.appointmentId,
            documentId: `d-${op.item.opId}-${a.appointmentId}-${position}`,
            kind: op.item.kind,
            title: d.title ?? d.fileName.replace(/\.pdf$/i, ''),
            publishedAt: op.item.deliveredAt!,
            registeredOn: op.item.deliveredAt!.slice(0, 10),
            size: d.size,
            pages: d.pages,
            stored: true,
            sentByMe: true,
          }),
        );
      }
      changed(opId);
    },
    /** A failed attempt, classified as main does: retried, paused for sign-in, or the person's to act on. */
    fail(opId: string, error: Pick<OutboxError, 'kind'> & Partial<OutboxError>, nextAttemptAt: string | null = null) {
      const op = stored(opId);
      op.item.lastError = { code: null, message: null, at: now().toISOString(), ...error };
      op.item.state = error.kind === 'rejected' ? 'attention' : 'queued';
      op.item.nextAttemptAt = error.kind === 'retryable' ? nextAttemptAt : null;
      changed(opId);
    },
    /** Sign-out with "Radera": what was not delivered is withdrawn. */
    discardUnsent() {
      for (const op of ops) if (PENDING.includes(op.item.state)) op.item.state = 'cancelled';
      changed(null);
    },
  };

  return { methods, control };
}

export type FakeOutbox = ReturnType<typeof fakeOutbox>['control'];
