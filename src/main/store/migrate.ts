import { ContractFailure } from '../../shared/contract/result.ts';
import type { Db } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const LATEST_VERSION = MIGRATIONS.length;

/**
 * Brings the database to the latest version: all pending migrations and the new user_version
 * in one transaction, so a crash leaves the old version or the new one. A database written by a
 * newer version of the app is refused rather than misread.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new ContractFailure({
      code: 'PROFILE_TOO_NEW',
      message: `The profile was written by a newer version of the app (schema ${current}, this app knows ${migrations.length})`,
    });
  }
  if (current === migrations.length) return current;
  db.transaction(() => {
    for (const m of migrations.slice(current)) m.up(db);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
  return migrations.length;
}
