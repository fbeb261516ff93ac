import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractFailure } from '../../../src/shared/contract/result.ts';
import { openDatabase } from '../../../src/main/store/database.ts';
import { LATEST_VERSION, migrate, type Migration } from '../../../src/main/store/migrate.ts';
import { MIGRATIONS } from '../../../src/main/store/migrations/index.ts';

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'profile-db-')), 'profile.db');
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ContractFailure ? error.error.code : String(error);
  }
  return 'no error';
};

describe('a profile database', () => {
  it('is encrypted: the file does not start with the SQLite header', () => {
    const path = dbPath();
    const db = openDatabase(path, randomBytes(32));
    db.prepare("INSERT INTO identity (id, data) VALUES (1, '{\"person\":\"Göran\"}')").run();
    db.close();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('Göran'))).toBe(false);
  });

  it('does not open without its key', () => {
    const path = dbPath();
    openDatabase(path, randomBytes(32)).close();
    expect(codeOf(() => openDatabase(path, randomBytes(32)))).toBe('PROFILE_UNREADABLE');
  });

  it('opens again with its key and keeps what was written', () => {
    const path = dbPath();
    const key = randomBytes(32);
    const db = openDatabase(path, key);
    db.prepare("INSERT INTO identity (id, data) VALUES (1, '{}')").run();
    db.close();
    const again = openDatabase(path, key);
    expect(again.prepare('SELECT count(*) FROM identity').pluck().get()).toBe(1);
    again.close();
  });

  it('runs in WAL mode with foreign keys on and durable writes', () => {
    const db = openDatabase(dbPath(), randomBytes(32));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});

describe('migrations', () => {
  it('bring a new database to the latest version', () => {
    const db = openDatabase(dbPath(), randomBytes(32));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuse a database written by a newer version of the app', () => {
    const path = dbPath();
    const key = randomBytes(32);
    const db = openDatabase(path, key);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(codeOf(() => openDatabase(path, key))).toBe('PROFILE_TOO_NEW');
  });

  it('apply all pending steps in one transaction: a failing step leaves the database as it was', () => {
    const db = openDatabase(dbPath(), randomBytes(32), { migrate: false });
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('disk full');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('disk full');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });

  const tablesAfter = (version: number) => {
    const db = openDatabase(dbPath(), randomBytes(32), { migrate: false });
    migrate(db, MIGRATIONS.slice(0, version));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE type = 'table' AND strict = 1 AND schema = 'main'").pluck().all() as string[];
    db.close();
    return { tables, strict };
  };

  it('001 creates the agency tables, all STRICT, with a unique agency id per counsel', () => {
    const { tables, strict } = tablesAfter(1);
    for (const t of ['appointment', 'appointment_group', 'individual', 'document', 'claim', 'booking', 'availability', 'sync_cursor', 'identity']) {
      expect(tables).toContain(t);
      expect(strict).toContain(t);
    }
    const db = openDatabase(dbPath(), randomBytes(32));
    const insert = db.prepare(
      "INSERT INTO individual (counsel_id, agency_id, individual_number, name, citizenship, search, sort_name, data) VALUES ('c', 'i1', '1', 'n', 'c', 's', 's', '{}')",
    );
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('002 adds the local file index beside the agency tables', () => {
    expect(tablesAfter(1).tables).not.toContain('stored_file');
    expect(tablesAfter(2).tables).toContain('stored_file');
  });

  it('003 adds overview visits and purge notices', () => {
    expect(tablesAfter(2).tables).not.toContain('purge_notice');
    const { tables, strict } = tablesAfter(3);
    expect(tables).toEqual(expect.arrayContaining(['overview_visit', 'purge_notice']));
    expect(strict).toEqual(expect.arrayContaining(['overview_visit', 'purge_notice']));
  });

  it('004 adds the outbox: an operation’s files go with it, and a state outside the life cycle is refused', () => {
    expect(tablesAfter(3).tables).not.toContain('outbox');
    const db = openDatabase(dbPath(), randomBytes(32));
    const insert = db.prepare(
      `INSERT INTO outbox (op_id, idempotency_key, counsel_id, target, kind, payload, summary, state, created_at, created_by)
       VALUES (?, ?, 'anna', 't', 'inlaga', '{}', '{}', ?, '2026-11-23T09:00:00Z', 'anna')`,
    );
    insert.run('op1', 'k1', 'queued');
    expect(() => insert.run('op2', 'k2', 'lost')).toThrow(/CHECK/);
    db.prepare("INSERT INTO outbox_file (op_id, position, sha256, size, file_name, pages) VALUES ('op1', 0, 'x', 1, 'a.pdf', 1)").run();
    db.prepare("DELETE FROM outbox WHERE op_id = 'op1'").run();
    expect(db.prepare('SELECT count(*) FROM outbox_file').pluck().get()).toBe(0);
    db.close();
  });
});
