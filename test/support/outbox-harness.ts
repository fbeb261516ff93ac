import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutboxItem, OutboxState } from '../../src/shared/contract/outbox.ts';
import { OutboxSender } from '../../src/main/outbox/sender.ts';
import { Staging } from '../../src/main/outbox/staging.ts';
import { getRow, toItem } from '../../src/main/outbox/store.ts';
import type { Counters } from '../../src/shared/agency/control.ts';
import { makePdf, type PdfOptions } from '../integration/pdf/helpers/make-pdf.ts';
import type { DemoAgency } from './agency.ts';
import type { TestProfile } from './test-profile.ts';

/** Writes a real PDF where a person would pick it, and stages it as the app does. */
export async function stagePdf(profile: TestProfile, staging: Staging, name: string, options: PdfOptions = { pages: 2 }) {
  const path = join(mkdtempSync(join(tmpdir(), 'picked-')), name);
  writeFileSync(path, makePdf(options));
  const staged = await staging.stage(profile, path, name);
  if (!staged.verdict.ok) throw new Error(`staging ${name} was refused: ${staged.verdict.code}`);
  return staged;
}

/** A sender over the profile whose changes a test can wait for. */
export function startSender(profile: TestProfile, onDelivered: () => void = () => undefined, staging?: Staging) {
  const waiters: (() => void)[] = [];
  const sender = new OutboxSender(profile, {
    onChanged: () => {
      for (const w of waiters.splice(0)) w();
    },
    onProgress: () => undefined,
    onDelivered,
    ...(staging ? { isStaged: (sha: string) => staging.get(sha) !== undefined } : {}),
  });
  sender.start();
  const item = (opId: string): OutboxItem => toItem(profile.db, getRow(profile.db, opId)!);
  return {
    sender,
    item,
    /** Resolves when the operation reaches one of the states (checked at every change). */
    async until(opId: string, states: OutboxState[]): Promise<OutboxItem> {
      for (;;) {
        const current = item(opId);
        if (states.includes(current.state)) return current;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    /** Skips the backoff wait of a queued operation (as "Försök nu" does). */
    retryNow(opId: string): void {
      profile.db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE op_id = ? AND state = 'queued'").run(opId);
      sender.kick();
    },
  };
}

export function idempotencyKeyOf(profile: TestProfile, opId: string): string {
  return profile.db.prepare('SELECT idempotency_key FROM outbox WHERE op_id = ?').pluck().get(opId) as string;
}

export async function counters(agency: DemoAgency): Promise<Counters> {
  return agency.control<Counters>('/control/counters', undefined, 'GET');
}

export const newStaging = () => new Staging();
