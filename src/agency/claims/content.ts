/**
 * Checking and pricing what a claim submission says. Rules: the method is fixed by the first
 * submission; no cost item is dated after the agency's today; each amount is recomputed from the
 * rate in force on the item's own date and a client amount that differs is refused; the payout
 * account must be one of counsel's. New files become documents under the group's main individual.
 */
import type { Claim, ClaimContent, ClaimContentInput, CostItem, FileRef } from '../../shared/agency/claims.ts';
import { compareIsoDate } from '../../shared/domain/dates.ts';
import { vatOf } from '../../shared/domain/money.ts';
import { COST_TYPE_UNIT, costItemAmount, rateOn } from '../../shared/domain/rates.ts';
import type { Agency } from '../context.ts';
import type { AppointmentRow } from '../cases/rows.ts';
import { createDocument } from '../documents/publish.ts';
import { Rejection } from '../http/reply.ts';
import { takeUploads, type TakenUpload } from '../uploads/uploads.ts';

export function priceItems(items: ClaimContentInput['costItems'], today: string): CostItem[] {
  return items.map((item) => {
    if (compareIsoDate(item.date, today) > 0) throw new Rejection('FUTURE_DATE', { itemId: item.id, date: item.date, today });
    const unit = COST_TYPE_UNIT[item.type];
    const extent = { minutes: item.minutes ?? null, ore: item.ore ?? null, km: item.km ?? null };
    const value = unit === 'minutes' ? extent.minutes : unit === 'ore' ? extent.ore : extent.km;
    if (value === null) {
      throw new Rejection('VALIDATION', { issues: [{ path: `costItems.${item.id}.${unit}`, message: `${item.type} needs ${unit}` }] });
    }
    let amount: number;
    let rateValidFrom: string | null = null;
    try {
      amount = costItemAmount({ type: item.type, date: item.date, minutes: extent.minutes ?? undefined, ore: extent.ore ?? undefined, km: extent.km ?? undefined });
      if (unit !== 'ore') rateValidFrom = rateOn(item.date).validFrom;
    } catch {
      throw new Rejection('RATE_UNAVAILABLE', { itemId: item.id, date: item.date });
    }
    if (amount !== item.amountOre) {
      throw new Rejection('AMOUNT_MISMATCH', { itemId: item.id, date: item.date, expectedOre: amount, givenOre: item.amountOre, rateValidFrom });
    }
    return {
      id: item.id,
      type: item.type,
      date: item.date,
      ...extent,
      specification: item.specification,
      timeFrom: item.timeFrom ?? null,
      timeTo: item.timeTo ?? null,
      route: item.route ?? null,
      amountOre: amount,
      rateValidFrom,
    };
  });
}

export interface Submitter {
  counselId: string;
  personId: string;
  idempotencyKey: string | null;
}

export interface CheckedContent {
  content: ClaimContent;
  files: TakenUpload[];
  /** The claim file's document, for method claim_file. */
  claimFileDocumentId: string | null;
}

/**
 * Validates a submission against the claim's rules and turns new uploads into documents. Runs in
 * the caller's transaction: a refusal after documents were created rolls them back too.
 */
export function checkContent(
  agency: Agency,
  claim: Claim,
  input: ClaimContentInput,
  main: AppointmentRow,
  by: Submitter,
  submissionId: string,
): CheckedContent {
  if (claim.method !== null && input.method !== claim.method) throw new Rejection('METHOD_FIXED', { method: claim.method });
  const today = agency.clock.today();
  const costItems = input.method === 'cost_items' ? priceItems(input.costItems, today) : [];
  if (input.method === 'cost_items' && costItems.length === 0) throw new Rejection('EMPTY_CLAIM');
  if (input.method === 'claim_file' && !input.claimFile) throw new Rejection('EMPTY_CLAIM');
  if (!input.paymentAccountId) throw new Rejection('UNKNOWN_PAYMENT_ACCOUNT');
  const account = agency.db.prepare('SELECT 1 FROM payment_accounts WHERE id = ? AND counsel_id = ?').get(input.paymentAccountId, claim.counselId);
  if (!account) throw new Rejection('UNKNOWN_PAYMENT_ACCOUNT', { paymentAccountId: input.paymentAccountId });

  const refs: { ref: FileRef; kind: 'kostnadsrakning' | 'kostnadsunderlag'; title: string | null }[] = [];
  if (input.method === 'claim_file' && input.claimFile) refs.push({ ref: input.claimFile.file, kind: 'kostnadsrakning', title: null });
  for (const e of input.evidence) refs.push({ ref: e.file, kind: 'kostnadsunderlag', title: e.title });

  const uploadIds = refs.flatMap((r) => ('uploadId' in r.ref ? [r.ref.uploadId] : []));
  const files = takeUploads(agency, by.counselId, uploadIds);
  const documentIds = refs.map((r) => {
    if ('documentId' in r.ref) {
      const own = agency.db.prepare('SELECT data FROM documents WHERE id = ?').get(r.ref.documentId) as { data: string } | undefined;
      if (!own || (JSON.parse(own.data) as { claimId: string | null }).claimId !== claim.id) {
        throw new Rejection('NOT_FOUND', { documentId: r.ref.documentId });
      }
      return r.ref.documentId;
    }
    const file = files.find((f) => 'uploadId' in r.ref && f.uploadId === r.ref.uploadId)!;
    return createDocument(agency, {
      appointment: main,
      kind: r.kind,
      title: r.title ?? (r.kind === 'kostnadsrakning' ? 'Kostnadsräkning' : file.fileName.replace(/\.pdf$/i, '')),
      blob: file,
      pages: file.pages,
      sentByPersonId: by.personId,
      submissionId,
      claimId: claim.id,
    }).id;
  });

  const claimFileDocumentId = input.method === 'claim_file' ? documentIds[0]! : null;
  const evidenceIds = input.method === 'claim_file' ? documentIds.slice(1) : documentIds;
  const total = input.method === 'cost_items' ? costItems.reduce((sum, i) => sum + i.amountOre, 0) : input.claimFile!.totalExclVatOre;
  const vat = vatOf(total);
  return {
    files,
    claimFileDocumentId,
    content: {
      method: input.method,
      costItems,
      claimFile: claimFileDocumentId ? { documentId: claimFileDocumentId, totalExclVatOre: total } : null,
      evidence: input.evidence.map((e, i) => ({ documentId: evidenceIds[i]!, title: e.title })),
      paymentAccountId: input.paymentAccountId,
      ownReference: input.ownReference,
      totalExclVatOre: total,
      vatOre: vat,
      totalInclVatOre: total + vat,
    },
  };
}
