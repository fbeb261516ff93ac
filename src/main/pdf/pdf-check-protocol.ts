import type { PdfVerdict } from '../../shared/pdf/pdf-verdict.ts';

/** What the check worker is started with (as `workerData`). */
export interface PdfCheckRequest {
  path: string;
  maxBytes: number;
}

/** The one message the check worker sends before it is terminated. */
export interface PdfCheckReply {
  type: 'verdict';
  verdict: PdfVerdict;
}
