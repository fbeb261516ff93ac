import { submissionReceiptSchema } from '../../shared/agency/submissions.ts';
import { pathTo } from '../../shared/agency/paths.ts';
import type { UploadProgress } from '../../shared/contract/outbox.ts';
import type { ProfileServices } from '../session/open-profile.ts';
import { describeError, log } from '../util/log.ts';
import { retryDelayMs } from './backoff.ts';
import { classify } from './classify.ts';
import { dueOperations, filesOf, nextWake, releasableUploads, type OutboxRow } from './store.ts';
import { uploadFile } from './uploader.ts';

export interface SenderOptions {
  /** Operations for different targets delivered at the same time. */
  parallel?: number;
  onChanged(opId: string | null): void;
  onProgress(progress: UploadProgress): void;
  /** Something was delivered: a sync brings it back as the agency lists it. */
  onDelivered(): void;
  /** Files currently added to a submission being put together: never released from under it. */
  isStaged?: (sha256: string) => boolean;
  now?: () => Date;
}

/**
 * Delivers the outbox. Each operation is marked as sending (durably) before anything goes out, so
 * a crash leaves it recognisable; at start such operations are queued again and re-sent with
 * the same idempotency keys: the agency answers a repeat with the first result, so a submission
 * arrives once. Order holds per target; a stuck target never holds up another.
 */
export class OutboxSender {
  readonly #profile: ProfileServices;
  readonly #o: SenderOptions;
  readonly #inFlight = new Map<string, Promise<void>>();
  #timer: NodeJS.Timeout | null = null;
  #abort = new AbortController();
  #stopped = false;
  #paused = false;

  constructor(profile: ProfileServices, options: SenderOptions) {
    this.#profile = profile;
    this.#o = options;
  }

  #now(): Date {
    return this.#o.now?.() ?? new Date();
  }

  /** Reconciles what a crash or a quit left in flight, then starts delivering. */
  start(): void {
    const moved = this.#profile.db.prepare("UPDATE outbox SET state = 'queued' WHERE state = 'sending'").run().changes;
    if (moved > 0) log('info', 'outbox.reconciled', { operations: moved });
    this.kick();
  }

  /**
   * The agency answers again: what waits only because it could not be reached goes now, not at
   * the end of its backoff.
   */
  networkRegained(): void {
    this.#profile.db
      .prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'queued' AND json_extract(last_error, '$.kind') = 'retryable'")
      .run();
    this.kick();
  }

  /** Looks for due work now (after a new operation, a sign-in). */
  kick(): void {
    if (this.#stopped) return;
    this.#paused = !this.#profile.tokens.signedIn;
    if (this.#paused) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const room = (this.#o.parallel ?? 2) - this.#inFlight.size;
    if (room <= 0) return;
    const due = dueOperations(this.#profile.db, this.#now().toISOString(), room + this.#inFlight.size).filter((r) => !this.#inFlight.has(r.op_id));
    for (const row of due.slice(0, room)) {
      const run = this.#deliver(row).finally(() => {
        this.#inFlight.delete(row.op_id);
        this.kick();
      });
      this.#inFlight.set(row.op_id, run);
    }
    if (this.#inFlight.size === 0) this.#sleepUntilNext();
  }

  #sleepUntilNext(): void {
    const next = nextWake(this.#profile.db);
    if (!next) return;
    const ms = Math.max(0, Date.parse(next) - this.#now().getTime());
    this.#timer = setTimeout(() => this.kick(), Math.min(ms, 2 ** 31 - 1));
    this.#timer.unref();
  }

  async #deliver(row: OutboxRow): Promise<void> {
    const db = this.#profile.db;
    const marked = db.prepare("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE op_id = ? AND state = 'queued'").run(row.op_id);
    if (marked.changes === 0) return;
    this.#o.onChanged(row.op_id);
    try {
      const receipt = await this.#send(row);
      db.prepare("UPDATE outbox SET state = 'delivered', delivered_at = ?, receipt = ?, last_error = NULL, next_attempt_at = NULL WHERE op_id = ?").run(
        this.#now().toISOString(),
        JSON.stringify(receipt),
        row.op_id,
      );
    } catch (error) {
      if (this.#abort.signal.aborted) {
        // Stopped (lock, quit): not a failure. The next start sends it again under the same key.
        db.prepare("UPDATE outbox SET state = 'queued' WHERE op_id = ? AND state = 'sending'").run(row.op_id);
        return;
      }
      const outcome = classify(error, this.#now());
      const attempts = (db.prepare('SELECT attempts FROM outbox WHERE op_id = ?').pluck().get(row.op_id) as number) ?? 1;
      if (outcome.kind === 'attention') {
        log('warn', 'outbox.rejected', { kind: row.kind, code: outcome.error.code ?? 'unknown', detail: describeError(error) });
        db.prepare("UPDATE outbox SET state = 'attention', last_error = ?, next_attempt_at = NULL WHERE op_id = ? AND state = 'sending'").run(
          JSON.stringify(outcome.error),
          row.op_id,
        );
      } else {
        const delay = outcome.kind === 'retry' ? retryDelayMs(attempts, outcome.afterMs) : 0;
        const next = outcome.kind === 'retry' ? new Date(this.#now().getTime() + delay).toISOString() : null;
        db.prepare("UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ? WHERE op_id = ? AND state = 'sending'").run(
          JSON.stringify(outcome.error),
          next,
          row.op_id,
        );
        if (outcome.kind === 'pause') this.#paused = true;
      }
      this.#o.onChanged(row.op_id);
      return;
    }
    log('info', 'outbox.delivered', { kind: row.kind });
    this.#o.onChanged(row.op_id);
    this.#o.onDelivered();
    // Cleaning up after a delivery can fail (a locked file on Windows): never the delivery itself.
    await this.#releaseFiles().catch((error: unknown) => log('warn', 'outbox.release', { detail: describeError(error) }));
  }

  async #send(row: OutboxRow): Promise<unknown> {
    const { db, client, files } = this.#profile;
    const rows = filesOf(db, row.op_id);
    const total = rows.reduce((sum, f) => sum + f.size, 0);
    const done = new Map(rows.map((f) => [f.position, f.uploaded]));
    const report = () => this.#o.onProgress({ opId: row.op_id, uploaded: [...done.values()].reduce((a, b) => a + b, 0), total });
    const setUploadId = db.prepare('UPDATE outbox_file SET upload_id = ? WHERE op_id = ? AND position = ?');
    const setUploaded = db.prepare('UPDATE outbox_file SET uploaded = ? WHERE op_id = ? AND position = ?');
    const setFinished = db.prepare('UPDATE outbox_file SET finished = 1, uploaded = size WHERE op_id = ? AND position = ?');
    const uploadIds: string[] = [];
    for (const f of rows) {
      let reported = 0;
      uploadIds.push(
        await uploadFile(
          client,
          files,
          {
            counselId: row.counsel_id,
            sha256: f.sha256,
            size: f.size,
            fileName: f.file_name,
            uploadId: f.upload_id,
            finished: f.finished === 1,
            createKey: `${row.idempotency_key}:file:${f.position}`,
          },
          {
            saveUploadId: (id) => setUploadId.run(id, row.op_id, f.position),
            saveUploaded: (bytes) => {
              done.set(f.position, bytes);
              setUploaded.run(bytes, row.op_id, f.position);
              report();
            },
            saveFinished: () => {
              done.set(f.position, f.size);
              setFinished.run(row.op_id, f.position);
              report();
            },
            onBytes: (n) => {
              done.set(f.position, (done.get(f.position) ?? 0) + n);
              // Progress about every half megabyte: smooth, and cheap over IPC.
              if ((done.get(f.position) ?? 0) - reported >= 512 * 1024) {
                reported = done.get(f.position) ?? 0;
                report();
              }
            },
            signal: this.#abort.signal,
          },
        ),
      );
    }
    const payload = JSON.parse(row.payload) as { appointmentId: string; individualIds?: string[]; documents: Record<string, unknown>[] };
    const documents = payload.documents.map((d, i) => ({ ...d, uploadId: uploadIds[i]! }));
    const path = pathTo(row.kind === 'inlaga' ? 'inlagor' : 'overklaganden', { counselId: row.counsel_id, appointmentId: payload.appointmentId });
    const body = row.kind === 'inlaga' ? { individualIds: payload.individualIds, documents } : { documents };
    return client.sendJson('POST', path, body, submissionReceiptSchema, { idempotencyKey: row.idempotency_key, signal: this.#abort.signal });
  }

  /** Delivered files leave the store; the agency's copy syncs back as a sent document. */
  async #releaseFiles(): Promise<void> {
    const { db, files } = this.#profile;
    for (const sha of releasableUploads(db)) {
      if (this.#o.isStaged?.(sha)) continue;
      await files.remove(sha);
      db.prepare('DELETE FROM stored_file WHERE sha256 = ?').run(sha);
    }
  }

  /** Stops delivering; an operation under way goes back to the queue, nothing is lost. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#abort.abort();
    await Promise.allSettled(this.#inFlight.values());
  }
}
