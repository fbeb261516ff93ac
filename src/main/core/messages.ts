import type { EventName } from '../../shared/contract/contract.ts';
import type { StagedFile } from '../../shared/contract/outbox.ts';
import type { Result } from '../../shared/contract/result.ts';

export interface ContentInfo {
  size: number;
  fileName: string;
}

/** Calls the hosts make that are not part of the renderer's contract. */
export interface InternalCalls {
  /** Whether a staging token is the current one (checked before the host writes anything). */
  stagingAllowed: { args: { token: string }; result: { allowed: boolean } };
  /** Checks a file the host received from the page and copies it into the encrypted store. */
  stageFile: { args: { token: string; path: string; fileName: string }; result: StagedFile };
  /** Writes documents, decrypted, to paths the person chose in a host dialog. */
  exportDocuments: { args: { documentIds: string[]; paths: string[] }; result: { saved: number } };
  /** Writes all documents of an individual into a folder the person chose, with progress; cancellable. */
  exportAll: { args: { appointmentId: string; dir: string }; result: { saved: number; cancelled: boolean } };
}
export type InternalName = keyof InternalCalls;

export type ToCore =
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'internal'; id: number; name: InternalName; args: unknown }
  | { type: 'content-info'; id: number; token: string }
  | { type: 'content-read'; id: number; token: string; start: number; end: number }
  | { type: 'content-ack'; id: number }
  | { type: 'content-cancel'; id: number }
  | { type: 'close' };

export type FromCore =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'content-info'; id: number; info: ContentInfo | null }
  | { type: 'content-chunk'; id: number; data: Uint8Array }
  | { type: 'content-end'; id: number; error: string | null }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'log'; line: string }
  | { type: 'closed' };
