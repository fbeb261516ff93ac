/**
 * Typed rejections of the agency API. Every refusal carries a stable `code`, a message in
 * Swedish and English (the desktop app shows these texts as they are), whether retrying the same
 * request can help, and optional `details`. The HTTP status is fixed per code, so a client can
 * classify an answer by status alone when it does not know a code.
 */
import { z } from 'zod';
import { localizedTextSchema, type LocalizedText } from './common.ts';

export interface RejectionSpec {
  status: number;
  retryable: boolean;
  sv: string;
  en: string;
}

const spec = (status: number, retryable: boolean, sv: string, en: string): RejectionSpec => ({ status, retryable, sv, en });

export const REJECTIONS = {
  // Request shape and protocol.
  VALIDATION: spec(400, false, 'Uppgifterna i begäran är ofullständiga eller felaktiga.', 'The request is incomplete or malformed.'),
  IDEMPOTENCY_KEY_REQUIRED: spec(400, false, 'Begäran saknar idempotensnyckel (Idempotency-Key).', 'The request lacks an Idempotency-Key header.'),
  UNAUTHENTICATED: spec(401, false, 'Du är inte inloggad, eller inloggningen har gått ut. Logga in igen.', 'You are not signed in, or the sign-in has expired. Sign in again.'),
  NOT_YOUR_COUNSEL: spec(403, false, 'Du har inte behörighet att arbeta för det här biträdet.', 'You may not act for this counsel.'),
  COUNSEL_ONLY: spec(403, false, 'Endast biträdet självt kan göra den här ändringen, inte en assistent.', 'Only the counsel themselves can make this change, not an assistant.'),
  NOT_FOUND: spec(404, false, 'Det efterfrågade finns inte, eller så har du inte längre tillgång till det.', 'Not found, or you no longer have access to it.'),
  METHOD_NOT_ALLOWED: spec(405, false, 'Metoden stöds inte för den här adressen.', 'The method is not supported for this address.'),
  STALE_VERSION: spec(409, false, 'Utkastet har ändrats av någon annan sedan du hämtade det.', 'The draft was changed by someone else since you fetched it.'),
  UPLOAD_OFFSET_MISMATCH: spec(409, false, 'Uppladdningen fortsatte från fel position. Fråga efter aktuell position och fortsätt därifrån.', 'The upload continued from the wrong offset. Ask for the current offset and resume from there.'),
  CLAIM_EXISTS: spec(409, false, 'Det finns redan ett ersättningsanspråk för förordnandegruppen.', 'The appointment group already has a claim.'),
  CURSOR_EXPIRED: spec(410, false, 'Synkroniseringen måste börja om från början.', 'The sync cursor is no longer valid; start a full sync.'),
  PAYLOAD_TOO_LARGE: spec(413, false, 'Filen eller begäran är för stor.', 'The file or request is too large.'),
  UNSUPPORTED_MEDIA_TYPE: spec(415, false, 'Fel innehållstyp i begäran.', 'The request has the wrong content type.'),
  RANGE_NOT_SATISFIABLE: spec(416, false, 'Den begärda delen av filen finns inte.', 'The requested byte range is not satisfiable.'),
  IDEMPOTENCY_KEY_REUSED: spec(422, false, 'Idempotensnyckeln har redan använts för en annan begäran.', 'The idempotency key was already used for a different request.'),

  // Submissions (inlaga, överklagande).
  DECISION_MADE: spec(422, false, 'Beslut har fattats i asylärendet. Inlagor kan inte längre skickas in.', 'A decision has been made in the asylum case; submissions are no longer accepted.'),
  COUNSEL_RELEASED: spec(422, false, 'Du är entledigad för individen och kan inte skicka in för hen.', 'You have been released for this individual and cannot submit for them.'),
  NOT_IN_GROUP: spec(422, false, 'Individen ingår inte i förordnandegruppen.', 'The individual is not in the appointment group.'),
  NO_DECISION: spec(422, false, 'Det finns inget beslut att överklaga.', 'There is no decision to appeal.'),
  APPEAL_WINDOW_CLOSED: spec(422, false, 'Tiden för överklagande har gått ut (21 dagar från underrättelsen).', 'The time to appeal has passed (21 days from notification).'),

  // Uploads.
  NOT_PDF: spec(422, false, 'Filen är inte en PDF. Endast PDF-dokument kan skickas in.', 'The file is not a PDF. Only PDF documents can be submitted.'),
  DIGEST_MISMATCH: spec(422, false, 'Filens kontrollsumma stämmer inte. Ladda upp filen igen.', "The file's SHA-256 does not match. Upload the file again."),
  UPLOAD_INCOMPLETE: spec(422, false, 'Uppladdningen är inte klar.', 'The upload is not complete.'),
  UPLOAD_NOT_FINISHED: spec(422, false, 'En bifogad fil är inte färdiguppladdad och kontrollerad.', 'An attached upload has not been finished and checked.'),
  UPLOAD_ALREADY_USED: spec(422, false, 'En bifogad fil har redan skickats in.', 'An attached upload has already been submitted.'),
  UPLOAD_FINISHED: spec(422, false, 'Uppladdningen är redan avslutad.', 'The upload has already been finished.'),

  // Claims.
  METHOD_FIXED: spec(422, false, 'Sättet att redovisa kostnader kan inte ändras efter första inskicket.', 'The claim method cannot change after the first submission.'),
  FUTURE_DATE: spec(422, false, 'Kostnadsposter kan inte dateras framåt i tiden.', 'Cost items cannot be dated in the future.'),
  AMOUNT_MISMATCH: spec(422, false, 'Beloppet stämmer inte med gällande à-pris för postens datum.', "The amount does not match the rate in force on the item's date."),
  RATE_UNAVAILABLE: spec(422, false, 'Det finns inget à-pris för postens datum.', "There is no rate for the item's date."),
  EMPTY_CLAIM: spec(422, false, 'Anspråket saknar kostnadsposter eller kostnadsräkningsfil.', 'The claim has no cost items or claim file.'),
  CLAIM_LOCKED: spec(422, false, 'Migrationsverket har börjat behandla anspråket. Det kan inte ändras.', 'The agency has started processing the claim; it cannot be changed.'),
  COMPLETION_REQUEST_OPEN: spec(422, false, 'Det finns en kompletteringsbegäran. Svara på den i stället.', 'A completion request is open; answer it instead.'),
  COMPLETION_REQUEST_CLOSED: spec(422, false, 'Kompletteringsbegäran är besvarad eller svarstiden har gått ut.', 'The completion request is answered or its deadline has passed.'),
  CLAIM_NOT_DECIDED: spec(422, false, 'Ett relaterat anspråk kan skapas först när beslut har fattats.', 'A related claim can only be created after a decision.'),
  NOTHING_TO_APPEAL: spec(422, false, 'Hela anspråket beviljades. Det finns inget att överklaga.', 'The whole claim was granted; there is nothing to appeal.'),
  ALREADY_APPEALED: spec(422, false, 'Beslutet är redan överklagat.', 'The decision has already been appealed.'),
  UNKNOWN_PAYMENT_ACCOUNT: spec(422, false, 'Betalkontot finns inte bland dina registrerade konton.', 'The payment account is not among your registered accounts.'),
  INVALID_STATE: spec(409, false, 'Ärendet är inte i ett läge där detta kan göras.', 'The case is not in a state that allows this.'),
  MAIN_DECISION_PENDING: spec(409, false, 'Anspråket kan inte behandlas innan beslut har fattats i huvudärendet.', 'The claim cannot be processed before the decision in the main case.'),

  // Calendar.
  AVAILABILITY_TOO_FAR: spec(422, false, 'Tillgänglig tid kan anges högst 24 månader framåt.', 'Availability can be given at most 24 months ahead.'),
  PAST_DATE: spec(422, false, 'Datumet har redan passerat.', 'The date has already passed.'),
  INVALID_INTERVAL: spec(422, false, 'Sluttiden måste vara efter starttiden.', 'The end time must be after the start time.'),

  // My details.
  ACCOUNT_ORG_MISMATCH: spec(422, false, 'Kontot hör inte till organisationsnumret.', 'The account does not belong to the organisation number.'),
  ALREADY_ASSISTANT: spec(422, false, 'Personen är redan din assistent.', 'The person is already your assistant.'),
  SELF_AS_ASSISTANT: spec(422, false, 'Du kan inte lägga till dig själv som assistent.', 'You cannot add yourself as an assistant.'),

  // Load and faults.
  RATE_LIMITED: spec(429, true, 'För många förfrågningar. Försök igen om en stund.', 'Too many requests. Try again shortly.'),
  SERVER_ERROR: spec(500, true, 'Ett tekniskt fel uppstod hos Migrationsverket. Försök igen.', 'A technical error occurred at the agency. Try again.'),
  UNAVAILABLE: spec(503, true, 'Tjänsten är tillfälligt otillgänglig. Försök igen senare.', 'The service is temporarily unavailable. Try again later.'),
} as const satisfies Record<string, RejectionSpec>;

export type RejectionCode = keyof typeof REJECTIONS;
export const REJECTION_CODES = Object.keys(REJECTIONS) as [RejectionCode, ...RejectionCode[]];
export const rejectionCodeSchema = z.enum(REJECTION_CODES);

export function isRejectionCode(s: unknown): s is RejectionCode {
  return typeof s === 'string' && Object.hasOwn(REJECTIONS, s);
}

export const errorBodySchema = z
  .object({
    code: rejectionCodeSchema,
    message: localizedTextSchema,
    retryable: z.boolean(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ description: 'A typed rejection. `code` is stable; `message` is shown to the person as is.' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

export function rejectionStatus(code: RejectionCode): number {
  return REJECTIONS[code].status;
}

export function rejectionMessage(code: RejectionCode): LocalizedText {
  const r = REJECTIONS[code];
  return { sv: r.sv, en: r.en };
}

export function rejectionBody(code: RejectionCode, details?: Record<string, unknown>): ErrorBody {
  const r = REJECTIONS[code];
  return details === undefined
    ? { code, message: { sv: r.sv, en: r.en }, retryable: r.retryable }
    : { code, message: { sv: r.sv, en: r.en }, retryable: r.retryable, details };
}

/**
 * Error answer of the OAuth endpoints (RFC 6749 §5.2). They follow the OAuth standard rather than
 * the API's error body so that any OAuth client library understands them.
 */
export const oauthErrorSchema = z.object({
  error: z.enum(['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope']),
  error_description: z.string().optional(),
});
export type OAuthError = z.infer<typeof oauthErrorSchema>;
