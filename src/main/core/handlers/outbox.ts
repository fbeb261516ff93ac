import { ContractFailure } from '../../../shared/contract/result.ts';
import type { OutboxItem } from '../../../shared/contract/outbox.ts';
import { OutboxSender } from '../../outbox/sender.ts';
import type { Staging } from '../../outbox/staging.ts';
import { getRow, listItems, pendingCount, releasableUploads, toItem } from '../../outbox/store.ts';
import { queueAppeal, queueInlaga } from '../../outbox/submissions.ts';
import type { EmitEvent, Handlers, InternalHandlers } from '../../rpc/handlers.ts';
import type { OpenProfile } from '../../session/open-profile.ts';
import type { SessionManager } from '../../session/session-manager.ts';
import { describeError, log } from '../../util/log.ts';

type OutboxMethods =
  | 'stagingToken'
  | 'discardStaged'
  | 'queueInlaga'
  | 'queueAppeal'
  | 'listOutbox'
  | 'retryNow'
  | 'cancelOperation'
  | 'resendOperation';

type OutboxInternal = Pick<InternalHandlers, 'stagingAllowed' | 'stageFile'>;

function open(session: SessionManager): OpenProfile {
  const profile = session.openProfile;
  if (!profile) throw new ContractFailure({ code: 'LOCKED', message: 'The profile is locked' });
  return profile;
}

function counsel(session: SessionManager): string {
  const counselId = session.activeCounselId;
  if (!counselId) throw new ContractFailure({ code: 'NOT_SIGNED_IN', message: 'No counsel to act for: sign in and sync first' });
  return counselId;
}

/** The outbox of the open profile: queueing, the queue view, and its sender's lifecycle. */
export function outboxFeature(session: SessionManager, staging: Staging, emit: EmitEvent, onDelivered: () => void) {
  let sender: OutboxSender | null = null;
  const changed = (opId: string | null) => emit('outboxChanged', { opId });

  const item = (opId: string): OutboxItem => {
    const row = getRow(open(session).db, opId);
    if (!row) throw new ContractFailure({ code: 'NOT_FOUND', message: 'No such operation' });
    return toItem(open(session).db, row);
  };

  const transition = (opId: string, from: readonly string[], set: string, message: string): OutboxItem => {
    const db = open(session).db;
    const row = getRow(db, opId);
    if (!row) throw new ContractFailure({ code: 'NOT_FOUND', message: 'No such operation' });
    if (!from.includes(row.state)) throw new ContractFailure({ code: 'INVALID_STATE', message });
    db.prepare(`UPDATE outbox SET ${set} WHERE op_id = ?`).run(opId);
    changed(opId);
    sender?.kick();
    return item(opId);
  };

  const handlers: Pick<Handlers, OutboxMethods> = {
    stagingToken: () => {
      open(session);
      return { token: staging.token() };
    },
    discardStaged: ({ stagedId }) => {
      staging.discard(stagedId);
      return null;
    },
    queueInlaga: (input) => {
      const result = queueInlaga(open(session).db, staging, counsel(session), session.personId ?? 'unknown', input);
      changed(result.opId);
      sender?.kick();
      return result;
    },
    queueAppeal: (input) => {
      const result = queueAppeal(open(session).db, staging, counsel(session), session.personId ?? 'unknown', input);
      changed(result.opId);
      sender?.kick();
      return result;
    },
    listOutbox: () => listItems(open(session).db),
    retryNow: ({ opId }) => transition(opId, ['queued'], 'next_attempt_at = NULL', 'Only a waiting operation can be tried again now'),
    cancelOperation: ({ opId }) => {
      const result = transition(opId, ['queued', 'attention'], "state = 'cancelled', next_attempt_at = NULL", 'An operation being sent or already delivered cannot be withdrawn');
      releaseFiles(session.openProfile).catch((error: unknown) => log('warn', 'outbox.release', { detail: describeError(error) }));
      return result;
    },
    resendOperation: ({ opId }) =>
      transition(
        opId,
        ['attention'],
        "state = 'queued', attempts = 0, next_attempt_at = NULL, last_error = NULL, idempotency_key = lower(hex(randomblob(16)))",
        'Only a rejected operation can be sent again',
      ),
  };

  async function releaseFiles(profile: OpenProfile | null, origins: readonly ('upload' | 'staged')[] = ['upload']): Promise<void> {
    if (!profile) return;
    for (const sha of releasableUploads(profile.db, origins)) {
      if (staging.get(sha)) continue;
      await profile.files.remove(sha);
      profile.db.prepare('DELETE FROM stored_file WHERE sha256 = ?').run(sha);
    }
  }

  const internal: OutboxInternal = {
    stagingAllowed: async ({ token }) => ({ allowed: session.openProfile !== null && staging.isToken(token) }),
    stageFile: async ({ token, path, fileName }) => {
      if (!staging.isToken(token)) throw new ContractFailure({ code: 'LOCKED', message: 'The staging token is not valid' });
      return staging.stage(open(session), path, fileName);
    },
  };

  return {
    handlers,
    internal,
    unsent: {
      count: (profile: OpenProfile) => pendingCount(profile.db),
      discard: (profile: OpenProfile) => {
        profile.db.prepare("UPDATE outbox SET state = 'cancelled' WHERE state IN ('queued', 'sending', 'attention')").run();
        changed(null);
      },
    },
    /** The profile opened: reconcile and deliver. */
    start(profile: OpenProfile): void {
      releaseFiles(profile, ['staged', 'upload']).catch((error: unknown) => log('warn', 'outbox.release', { detail: describeError(error) }));
      sender = new OutboxSender(profile, {
        onChanged: changed,
        onProgress: (p) => emit('uploadProgress', p),
        onDelivered,
        isStaged: (sha) => staging.get(sha) !== undefined,
      });
      sender.start();
    },
    /** Signed in again: try what waits. */
    kick(): void {
      sender?.kick();
    },
    /** The agency is reachable again: what waited for it goes now. */
    networkRegained(): void {
      sender?.networkRegained();
    },
    async stop(): Promise<void> {
      const running = sender;
      sender = null;
      staging.reset();
      await running?.stop();
    },
  };
}
