/**
 * The verdict of the PDF check (product C3): the agency accepts only PDF, so every file is
 * checked by its content before it is queued. The main side produces verdicts; the renderer
 * shows `message` as is, in the person's language.
 */

/** The largest file a submission takes: checked in the page before sending, and again in main. */
export const MAX_SUBMISSION_FILE_BYTES = 100 * 1024 * 1024;

export const PDF_REFUSAL_CODES = [
  /** The file has no content at all. */
  'EMPTY',
  /** Larger than the size limit; not opened. */
  'TOO_LARGE',
  'IMAGE',
  'AUDIO',
  'VIDEO',
  /** Word, Excel, PowerPoint, OpenDocument, RTF: a document that is not yet a PDF. */
  'OFFICE',
  'ARCHIVE',
  /** Some other format, or one we do not recognise, without a PDF header. */
  'NOT_PDF',
  /** The file ends before the PDF does: an interrupted download or copy. */
  'TRUNCATED',
  /** Opening needs a password (a user password), so the agency could not open it either. */
  'PASSWORD_PROTECTED',
  /** A PDF header, but the document or one of its pages cannot be read. */
  'DAMAGED',
  /** The check took longer than its time limit. */
  'TIMEOUT',
  /** The check needed more memory than it is allowed: an unusually heavy document. */
  'TOO_COMPLEX',
  /** The file could not be read at all: missing, a folder, no permission, not a regular file. */
  'UNREADABLE',
  /** The check itself failed for a reason that says nothing about the file. */
  'CHECK_FAILED',
] as const;
export type PdfRefusalCode = (typeof PDF_REFUSAL_CODES)[number];

export interface PdfMessage {
  sv: string;
  en: string;
}

export type PdfVerdict =
  | {
      ok: true;
      pages: number;
      /** True for a PDF with an owner password only: it opens without a password, but has restrictions. */
      encrypted: boolean;
    }
  | { ok: false; code: PdfRefusalCode; message: PdfMessage };

export type PdfRefusal = Extract<PdfVerdict, { ok: false }>;

/** Why a file could not be read; refines the UNREADABLE message only. */
export type UnreadableCause = 'missing' | 'folder' | 'not-a-file' | 'no-access' | 'io';

const SAVE_AS_PDF = { sv: 'Spara dokumentet som PDF och försök igen.', en: 'Save the document as a PDF and try again.' };

const MESSAGES: Record<PdfRefusalCode, PdfMessage> = {
  EMPTY: {
    sv: 'Filen är tom. Kontrollera att du valt rätt fil, eller spara dokumentet som PDF på nytt.',
    en: 'The file is empty. Check that you chose the right file, or save the document as a PDF again.',
  },
  TOO_LARGE: {
    sv: 'Filen är för stor. Dela upp dokumentet i flera PDF-filer eller minska filstorleken och försök igen.',
    en: 'The file is too large. Split the document into several PDF files or reduce its size and try again.',
  },
  IMAGE: {
    sv: `Filen är en bild, inte en PDF. Migrationsverket tar inte emot foton eller bilder. Lägg in bilden i ett dokument och ${lower(SAVE_AS_PDF.sv)}`,
    en: `The file is an image, not a PDF. The Migration Agency does not accept photos or images. Place the image in a document and ${lower(SAVE_AS_PDF.en)}`,
  },
  AUDIO: {
    sv: 'Filen är en ljudfil, inte en PDF. Migrationsverket tar inte emot ljud. Skicka en utskrift av innehållet som PDF.',
    en: 'The file is an audio recording, not a PDF. The Migration Agency does not accept audio. Send a transcript as a PDF instead.',
  },
  VIDEO: {
    sv: 'Filen är en film, inte en PDF. Migrationsverket tar inte emot film. Skicka en beskrivning eller utskrift av innehållet som PDF.',
    en: 'The file is a video, not a PDF. The Migration Agency does not accept film. Send a description or transcript as a PDF instead.',
  },
  OFFICE: {
    sv: `Filen är ett Word-, Excel-, PowerPoint- eller annat kontorsdokument, inte en PDF. ${SAVE_AS_PDF.sv}`,
    en: `The file is a Word, Excel, PowerPoint or other office document, not a PDF. ${SAVE_AS_PDF.en}`,
  },
  ARCHIVE: {
    sv: 'Filen är ett komprimerat arkiv (till exempel ZIP), inte en PDF. Packa upp den och lägg till PDF-filerna var för sig.',
    en: 'The file is a compressed archive (for example ZIP), not a PDF. Extract it and add the PDF files one by one.',
  },
  NOT_PDF: {
    sv: `Filen är inte en PDF, även om den kan ha ett namn som slutar på .pdf. ${SAVE_AS_PDF.sv}`,
    en: `The file is not a PDF, even if its name may end in .pdf. ${SAVE_AS_PDF.en}`,
  },
  TRUNCATED: {
    sv: 'PDF-filen är ofullständig, troligen efter en avbruten nedladdning eller kopiering. Hämta eller spara filen på nytt och försök igen.',
    en: 'The PDF file is incomplete, probably after an interrupted download or copy. Download or save the file again and try again.',
  },
  PASSWORD_PROTECTED: {
    sv: 'PDF-filen är lösenordsskyddad och kan inte öppnas av Migrationsverket. Ta bort lösenordet (spara en kopia utan lösenord) och försök igen.',
    en: 'The PDF file is password protected and the Migration Agency could not open it. Remove the password (save a copy without one) and try again.',
  },
  DAMAGED: {
    sv: 'PDF-filen är skadad och kan inte läsas. Skapa PDF-filen på nytt från originalet och försök igen.',
    en: 'The PDF file is damaged and cannot be read. Create the PDF again from the original and try again.',
  },
  TIMEOUT: {
    sv: 'Kontrollen av PDF-filen tog för lång tid. Dela upp dokumentet i mindre PDF-filer eller spara det på nytt och försök igen.',
    en: 'Checking the PDF file took too long. Split the document into smaller PDF files or save it again and try again.',
  },
  TOO_COMPLEX: {
    sv: 'PDF-filen är för tung att kontrollera. Dela upp dokumentet i mindre PDF-filer eller spara det på nytt med lägre bildkvalitet och försök igen.',
    en: 'The PDF file is too heavy to check. Split the document into smaller PDF files or save it again with lower image quality and try again.',
  },
  UNREADABLE: {
    sv: 'Filen kunde inte läsas. Kontrollera att den finns kvar och att du har behörighet att öppna den, och försök igen.',
    en: 'The file could not be read. Check that it still exists and that you may open it, and try again.',
  },
  CHECK_FAILED: {
    sv: 'Filen kunde inte kontrolleras just nu. Försök igen. Om felet kvarstår, starta om programmet.',
    en: 'The file could not be checked just now. Try again. If it keeps happening, restart the app.',
  },
};

const UNREADABLE_MESSAGES: Record<UnreadableCause, PdfMessage> = {
  missing: {
    sv: 'Filen finns inte. Den kan ha flyttats eller tagits bort. Välj filen på nytt.',
    en: 'The file does not exist. It may have been moved or deleted. Choose the file again.',
  },
  folder: {
    sv: 'Det här är en mapp, inte en fil. Välj PDF-filerna i mappen i stället.',
    en: 'This is a folder, not a file. Choose the PDF files inside it instead.',
  },
  'not-a-file': {
    sv: 'Det här är ingen vanlig fil och kan inte skickas. Välj en PDF-fil.',
    en: 'This is not an ordinary file and cannot be sent. Choose a PDF file.',
  },
  'no-access': {
    sv: 'Du saknar behörighet att läsa filen. Kontrollera filens behörigheter eller kopiera den till en annan mapp och försök igen.',
    en: 'You do not have permission to read the file. Check its permissions or copy it to another folder and try again.',
  },
  io: MESSAGES.UNREADABLE,
};

function lower(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

export function pdfRefusalMessage(code: PdfRefusalCode): PdfMessage {
  return MESSAGES[code];
}

export function acceptPdf(pages: number, encrypted: boolean): PdfVerdict {
  return { ok: true, pages, encrypted };
}

export function refusePdf(code: PdfRefusalCode): PdfRefusal {
  return { ok: false, code, message: MESSAGES[code] };
}

export function refuseUnreadable(cause: UnreadableCause): PdfRefusal {
  return { ok: false, code: 'UNREADABLE', message: UNREADABLE_MESSAGES[cause] };
}

export function isPdfRefusalCode(value: unknown): value is PdfRefusalCode {
  return typeof value === 'string' && (PDF_REFUSAL_CODES as readonly string[]).includes(value);
}
